package org.dynamicsworkbench.render.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dynamicsworkbench.render.TestTrajectories;
import org.junit.jupiter.api.Test;

class Scene3DTest {
    private final Curve3D curve = Curve3D.of(TestTrajectories.points(0, 0, 0, 1, 2, 3, 4, 5, 6), 0, 1, 2);

    @Test
    void highlightIsKeptByStyleChangesAndDroppedWithANewCurve() {
        Scene3D marked = Scene3D.of(curve).withHighlight(2);
        assertEquals(2, marked.highlightIndex());
        assertEquals(2, marked.withColorMap(ColorMap.MAGMA).withCamera(marked.camera().rotated(10, 0)).highlightIndex());
        assertEquals(Scene3D.NO_HIGHLIGHT, marked.withCurve(curve).highlightIndex());
        assertEquals(Scene3D.NO_HIGHLIGHT, Scene3D.of(curve).highlightIndex());
        assertArrayEquals(new float[] {4, 5, 6}, curve.point(2));
    }

    @Test
    void highlightMustBeAPointOfTheCurve() {
        Scene3D scene = Scene3D.of(curve);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scene.withHighlight(3));
        assertEquals("highlighted point 3 is outside [0, 3) of the curve (use -1 for none)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scene.withHighlight(-2));
        assertThrows(IllegalArgumentException.class,
                () -> Scene3D.empty(scene.camera(), Scene3D.BLACK).withHighlight(0));
    }
}

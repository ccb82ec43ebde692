package org.dynamicsworkbench.render.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void markersAreCopiedAndKeptByEveryChangeButWithMarkers() {
        List<Marker3D> list = new ArrayList<>(List.of(new Marker3D(1, 2, 3, 0xffff0000, MarkerStyle.FILLED)));
        Scene3D scene = Scene3D.of(curve).withMarkers(list);
        list.add(new Marker3D(0, 0, 0, 0xff00ff00, MarkerStyle.RING));
        assertEquals(1, scene.markers().size(), "a defensive copy");
        Scene3D changed = scene.withCurve(curve).withHighlight(1).withColorMap(ColorMap.MAGMA).withCamera(scene.camera()
                .rotated(5, 0)).withAxesBox(false).withDrawMode(DrawMode.POINTS).withBackgroundArgb(0xff101010)
                .withColorBy(ColorBy.speed()).withCurveFitted(curve);
        assertEquals(scene.markers(), changed.markers());
        assertEquals(List.of(), Scene3D.of(curve).markers());
        assertEquals(List.of(), scene.withMarkers(List.of()).markers());
        assertThrows(UnsupportedOperationException.class, () -> scene.markers().clear());
    }

    @Test
    void markerPositionsMustBeFinite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Marker3D(0, Double.NaN, 1, 0, MarkerStyle.CROSS));
        assertEquals("marker position must be finite, got (0.0, NaN, 1.0)", e.getMessage());
        assertThrows(NullPointerException.class, () -> new Marker3D(0, 0, 0, 0, null));
    }
}

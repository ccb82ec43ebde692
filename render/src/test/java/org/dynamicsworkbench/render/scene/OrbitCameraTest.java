package org.dynamicsworkbench.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrbitCameraTest {
    private static final Bounds3D LORENZ_BOX = new Bounds3D(-20, 20, -27, 28, 0, 50);

    /** Clip coordinates (x, y, z, w) of a world point. */
    private static double[] clip(float[] m, double x, double y, double z) {
        double[] out = new double[4];
        for (int row = 0; row < 4; row++) {
            out[row] = m[row] * x + m[4 + row] * y + m[8 + row] * z + m[12 + row];
        }
        return out;
    }

    @Test
    void fittingKeepsAllCornersInsideClipSpaceForAnyAspect() {
        for (Bounds3D box : new Bounds3D[] {LORENZ_BOX, new Bounds3D(1e3, 1e3 + 1e-3, 0, 1, 0, 0),
                                            new Bounds3D(2, 2, 3, 3, 4, 4)}) {
            OrbitCamera cam = OrbitCamera.fitting(box);
            for (double aspect : new double[] {0.4, 1.0, 1.6, 3.0}) {
                float[] m = cam.viewProjection(aspect);
                double[] corners = box.corners();
                for (int c = 0; c < 8; c++) {
                    double[] p = clip(m, corners[3 * c], corners[3 * c + 1], corners[3 * c + 2]);
                    assertTrue(p[3] > 0, "corner in front of the camera");
                    for (int axis = 0; axis < 3; axis++) {
                        assertTrue(Math.abs(p[axis]) <= p[3], box + " aspect " + aspect + " corner " + c + " axis " + axis
                                + ": " + p[axis] + " vs w " + p[3]);
                    }
                }
            }
        }
    }

    @Test
    void theTargetProjectsToTheCentreAndWorldUpIsScreenUp() {
        OrbitCamera cam = OrbitCamera.fitting(LORENZ_BOX);
        float[] m = cam.viewProjection(1.5);
        double[] centre = clip(m, cam.targetX(), cam.targetY(), cam.targetZ());
        assertEquals(0, centre[0] / centre[3], 1e-6);
        assertEquals(0, centre[1] / centre[3], 1e-6);
        double[] above = clip(m, cam.targetX(), cam.targetY(), cam.targetZ() + 5);
        assertTrue(above[1] / above[3] > 0.05, "a point above the target is drawn above the centre");
        assertEquals(0, above[0] / above[3], 1e-6, "and straight above it");
    }

    @Test
    void eyeSitsAtTheDistanceFromTheTarget() {
        OrbitCamera cam = new OrbitCamera(30, 40, 7, 1, 2, 3, 45);
        double[] eye = cam.eye();
        assertEquals(7, Math.sqrt(Math.pow(eye[0] - 1, 2) + Math.pow(eye[1] - 2, 2) + Math.pow(eye[2] - 3, 2)), 1e-12);
        assertEquals(3 + 7 * Math.sin(Math.toRadians(40)), eye[2], 1e-12);
    }

    @Test
    void rotatedTurnsAndClampsPitch() {
        OrbitCamera cam = new OrbitCamera(170, 80, 10, 0, 0, 0, 40);
        OrbitCamera r = cam.rotated(20, 30);
        assertEquals(-170, r.yawDeg(), 1e-9, "yaw wraps");
        assertEquals(89, r.pitchDeg(), "pitch clamps at +89");
        assertEquals(-89, cam.rotated(0, -500).pitchDeg());
        assertEquals(cam.distance(), r.distance());
        assertEquals(0, r.targetX());
    }

    @Test
    void zoomedDividesTheDistance() {
        OrbitCamera cam = new OrbitCamera(0, 0, 10, 1, 2, 3, 40);
        assertEquals(5, cam.zoomed(2).distance(), 1e-12);
        assertEquals(20, cam.zoomed(0.5).distance(), 1e-12);
        assertEquals(1, cam.zoomed(2).targetX());
        assertThrows(IllegalArgumentException.class, () -> cam.zoomed(0));
        assertThrows(IllegalArgumentException.class, () -> cam.zoomed(Double.NaN));
    }

    @Test
    void pannedMovesTheTargetInTheScreenPlane() {
        // yaw 0, pitch 0: the eye is on +x looking towards -x; screen right is +y, screen up is +z
        OrbitCamera cam = new OrbitCamera(0, 0, 10, 0, 0, 0, 40);
        OrbitCamera p = cam.panned(0.1, 0.2);
        assertEquals(0, p.targetX(), 1e-12);
        assertEquals(1, p.targetY(), 1e-12);
        assertEquals(2, p.targetZ(), 1e-12);
        assertEquals(10, p.distance());
        // the target stays at the screen centre, and the old target moves left and down
        float[] m = p.viewProjection(1);
        double[] old = clip(m, 0, 0, 0);
        assertTrue(old[0] / old[3] < 0 && old[1] / old[3] < 0);
    }

    @Test
    void constructorValidates() {
        assertThrows(IllegalArgumentException.class, () -> new OrbitCamera(0, 0, 0, 0, 0, 0, 40));
        assertThrows(IllegalArgumentException.class, () -> new OrbitCamera(0, 0, -1, 0, 0, 0, 40));
        assertThrows(IllegalArgumentException.class, () -> new OrbitCamera(0, 90, 1, 0, 0, 0, 40));
        assertThrows(IllegalArgumentException.class, () -> new OrbitCamera(0, 0, 1, 0, 0, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new OrbitCamera(0, 0, 1, 0, 0, 0, 171));
        assertThrows(IllegalArgumentException.class, () -> new OrbitCamera(Double.NaN, 0, 1, 0, 0, 0, 40));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OrbitCamera(0, 0, 1, Double.POSITIVE_INFINITY, 0, 0, 40));
        assertTrue(e.getMessage().contains("target x"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new OrbitCamera(0, 0, 1, 0, 0, 0, 40).viewProjection(0));
    }
}

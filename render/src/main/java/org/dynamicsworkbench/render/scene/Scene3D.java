package org.dynamicsworkbench.render.scene;

import java.util.Objects;

/**
 * Everything a 3D view draws: an optional curve (null = empty scene), how it is coloured, the camera,
 * lines or points, whether the bounding box of the curve is drawn, and the background colour
 * (ARGB; the alpha byte is ignored, backgrounds are opaque).
 */
public record Scene3D(Curve3D curve, ColorBy colorBy, ColorMap colorMap, OrbitCamera camera, DrawMode drawMode,
                      boolean axesBox, int backgroundArgb) {

    /** Opaque black. */
    public static final int BLACK = 0xff000000;

    public Scene3D {
        Objects.requireNonNull(colorBy, "colorBy");
        Objects.requireNonNull(colorMap, "colorMap");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(drawMode, "drawMode");
    }

    /** The curve coloured by time with viridis, a fitted camera, lines, the box, on black. */
    public static Scene3D of(Curve3D curve) {
        Objects.requireNonNull(curve, "curve");
        return new Scene3D(curve, ColorBy.time(), ColorMap.VIRIDIS, OrbitCamera.fitting(curve.bounds()), DrawMode.LINE,
                true, BLACK);
    }

    /** Nothing but the background, seen by {@code camera}. */
    public static Scene3D empty(OrbitCamera camera, int backgroundArgb) {
        return new Scene3D(null, ColorBy.time(), ColorMap.VIRIDIS, camera, DrawMode.LINE, false, backgroundArgb);
    }

    /** Keeps the camera; use {@link #withCurveFitted} to refit it. */
    public Scene3D withCurve(Curve3D c) {
        return new Scene3D(c, colorBy, colorMap, camera, drawMode, axesBox, backgroundArgb);
    }

    /** The new curve with the camera fitted to it (the camera is kept for a null curve). */
    public Scene3D withCurveFitted(Curve3D c) {
        OrbitCamera cam = c == null ? camera : OrbitCamera.fitting(c.bounds());
        return new Scene3D(c, colorBy, colorMap, cam, drawMode, axesBox, backgroundArgb);
    }

    public Scene3D withColorBy(ColorBy by) {
        return new Scene3D(curve, by, colorMap, camera, drawMode, axesBox, backgroundArgb);
    }

    public Scene3D withColorMap(ColorMap map) {
        return new Scene3D(curve, colorBy, map, camera, drawMode, axesBox, backgroundArgb);
    }

    public Scene3D withCamera(OrbitCamera cam) {
        return new Scene3D(curve, colorBy, colorMap, cam, drawMode, axesBox, backgroundArgb);
    }

    public Scene3D withDrawMode(DrawMode mode) {
        return new Scene3D(curve, colorBy, colorMap, camera, mode, axesBox, backgroundArgb);
    }

    public Scene3D withAxesBox(boolean show) {
        return new Scene3D(curve, colorBy, colorMap, camera, drawMode, show, backgroundArgb);
    }

    public Scene3D withBackgroundArgb(int argb) {
        return new Scene3D(curve, colorBy, colorMap, camera, drawMode, axesBox, argb);
    }
}

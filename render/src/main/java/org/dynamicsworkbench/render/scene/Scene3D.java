package org.dynamicsworkbench.render.scene;

import java.util.List;
import java.util.Objects;

/**
 * Everything a 3D view draws: an optional curve (null = empty scene), how it is coloured, the camera,
 * lines or points, whether the bounding box of the curve is drawn, and the background colour
 * (ARGB; the alpha byte is ignored, backgrounds are opaque), and an optional highlighted point: the index of
 * a curve point drawn as a bright marker over everything (a linked cursor's time), or {@link #NO_HIGHLIGHT}; and
 * {@link Marker3D}s at fixed world positions, drawn as glyphs over the curve (under the highlight). Markers do not
 * depend on the curve: every {@code with...} keeps them, {@link #withMarkers} replaces them.
 */
public record Scene3D(Curve3D curve, ColorBy colorBy, ColorMap colorMap, OrbitCamera camera, DrawMode drawMode,
                      boolean axesBox, int backgroundArgb, int highlightIndex, List<Marker3D> markers) {

    /** Opaque black. */
    public static final int BLACK = 0xff000000;

    /** {@link #highlightIndex()} when no point is marked. */
    public static final int NO_HIGHLIGHT = -1;

    /**
     * @throws IllegalArgumentException for a highlighted index below -1 or, with a curve, not below its point count
     */
    public Scene3D {
        Objects.requireNonNull(colorBy, "colorBy");
        Objects.requireNonNull(colorMap, "colorMap");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(drawMode, "drawMode");
        markers = List.copyOf(Objects.requireNonNull(markers, "markers"));
        int points = curve == null ? 0 : curve.pointCount();
        if (highlightIndex < NO_HIGHLIGHT || highlightIndex != NO_HIGHLIGHT && highlightIndex >= points) {
            throw new IllegalArgumentException("highlighted point " + highlightIndex + " is outside [0, " + points
                    + ") of the curve (use -1 for none)");
        }
    }

    /** A scene without markers. */
    public Scene3D(Curve3D curve, ColorBy colorBy, ColorMap colorMap, OrbitCamera camera, DrawMode drawMode,
                   boolean axesBox, int backgroundArgb, int highlightIndex) {
        this(curve, colorBy, colorMap, camera, drawMode, axesBox, backgroundArgb, highlightIndex, List.of());
    }

    /** A scene with no highlighted point and no markers. */
    public Scene3D(Curve3D curve, ColorBy colorBy, ColorMap colorMap, OrbitCamera camera, DrawMode drawMode,
                   boolean axesBox, int backgroundArgb) {
        this(curve, colorBy, colorMap, camera, drawMode, axesBox, backgroundArgb, NO_HIGHLIGHT, List.of());
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

    /** Keeps the camera and drops the highlight; use {@link #withCurveFitted} to refit the camera. */
    public Scene3D withCurve(Curve3D c) {
        return new Scene3D(c, colorBy, colorMap, camera, drawMode, axesBox, backgroundArgb, NO_HIGHLIGHT, markers);
    }

    /** The new curve with the camera fitted to it (the camera is kept for a null curve). */
    public Scene3D withCurveFitted(Curve3D c) {
        OrbitCamera cam = c == null ? camera : OrbitCamera.fitting(c.bounds());
        return new Scene3D(c, colorBy, colorMap, cam, drawMode, axesBox, backgroundArgb, NO_HIGHLIGHT, markers);
    }

    public Scene3D withColorBy(ColorBy by) {
        return new Scene3D(curve, by, colorMap, camera, drawMode, axesBox, backgroundArgb, highlightIndex, markers);
    }

    public Scene3D withColorMap(ColorMap map) {
        return new Scene3D(curve, colorBy, map, camera, drawMode, axesBox, backgroundArgb, highlightIndex, markers);
    }

    public Scene3D withCamera(OrbitCamera cam) {
        return new Scene3D(curve, colorBy, colorMap, cam, drawMode, axesBox, backgroundArgb, highlightIndex, markers);
    }

    public Scene3D withDrawMode(DrawMode mode) {
        return new Scene3D(curve, colorBy, colorMap, camera, mode, axesBox, backgroundArgb, highlightIndex, markers);
    }

    public Scene3D withAxesBox(boolean show) {
        return new Scene3D(curve, colorBy, colorMap, camera, drawMode, show, backgroundArgb, highlightIndex, markers);
    }

    public Scene3D withBackgroundArgb(int argb) {
        return new Scene3D(curve, colorBy, colorMap, camera, drawMode, axesBox, argb, highlightIndex, markers);
    }

    /** This scene with point {@code index} of the curve marked ({@link #NO_HIGHLIGHT}: none). */
    public Scene3D withHighlight(int index) {
        return new Scene3D(curve, colorBy, colorMap, camera, drawMode, axesBox, backgroundArgb, index, markers);
    }

    /** This scene with {@code list} as its markers (empty: none). */
    public Scene3D withMarkers(List<Marker3D> list) {
        return new Scene3D(curve, colorBy, colorMap, camera, drawMode, axesBox, backgroundArgb, highlightIndex, list);
    }
}

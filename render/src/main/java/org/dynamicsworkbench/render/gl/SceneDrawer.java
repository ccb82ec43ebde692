package org.dynamicsworkbench.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.List;
import org.dynamicsworkbench.render.scene.Bounds3D;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.DrawMode;
import org.dynamicsworkbench.render.scene.Marker3D;
import org.dynamicsworkbench.render.scene.MarkerStyle;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * Draws a {@link Scene3D} into the current framebuffer. Keeps the GPU copies of the last curve: its
 * positions are uploaded once per {@link Curve3D} instance (compared by identity), its colours again
 * only when the curve, the colour-by or the colour map change. Lines are 1 pixel wide: core profiles
 * need not support wider ones (Mesa's llvmpipe does not), so glLineWidth is never called; multisampling
 * smooths them where the drawable has it. The scene's {@link Marker3D}s and its highlighted point are drawn last,
 * without depth test, as screen-space glyphs of fixed pixel size: each a dark glyph with a slightly smaller one in
 * the marker's colour inside, so it shows on any curve colour and on any background. GL thread only.
 */
final class SceneDrawer {
    /** Colour-map lookup resolution: scalars are quantised to this many steps before mapping. */
    private static final int LUT_SIZE = 1024;
    private static final float POINT_SIZE = 2f;
    private static final int BOX_RGB = 0x808080;
    /** The highlighted point: a dark square of this size with a bright one inside, so it shows on any colour. */
    private static final float MARKER_OUTER_SIZE = 13f;
    private static final float MARKER_INNER_SIZE = 8f;
    private static final int MARKER_OUTER_RGB = 0x000000;
    private static final int MARKER_INNER_RGB = 0xffffff;
    /** Point markers: a dark glyph of the outer size under one of the inner size in the marker's colour. */
    private static final float GLYPH_OUTER_SIZE = 13f;
    private static final float GLYPH_INNER_SIZE = 11f;
    /** RING: the hole is 3 px wide, with a 1 px dark band around it (5 px cut out of the coloured frame). */
    private static final float RING_OUTER_CUTOUT = 3f / GLYPH_OUTER_SIZE;
    private static final float RING_INNER_CUTOUT = 5f / GLYPH_INNER_SIZE;
    /** CROSS: dark arms 5 px wide, coloured ones 3 px wide. */
    private static final float CROSS_OUTER_CUTOUT = 5f / GLYPH_OUTER_SIZE;
    private static final float CROSS_INNER_CUTOUT = 3f / GLYPH_INNER_SIZE;
    /** Corner index pairs of the 12 box edges (bit 0 = max x, bit 1 = max y, bit 2 = max z). */
    private static final int[] BOX_EDGES = {0, 1, 2, 3, 4, 5, 6, 7, 0, 2, 1, 3, 4, 6, 5, 7, 0, 4, 1, 5, 2, 6, 3, 7};

    private final CurveProgram program;
    private final VertexBuffers curveBuffers;
    private final VertexBuffers boxBuffers;
    private final VertexBuffers markerBuffers;
    private final int[] lut = new int[LUT_SIZE];
    private Curve3D uploadedCurve;
    private Curve3D coloredCurve;
    private ColorBy uploadedColorBy;
    private ColorMap uploadedColorMap;
    private Bounds3D uploadedBox;

    SceneDrawer(GL3 gl) {
        program = new CurveProgram(gl);
        curveBuffers = new VertexBuffers(gl);
        boxBuffers = new VertexBuffers(gl);
        markerBuffers = new VertexBuffers(gl);
    }

    void draw(GL3 gl, Scene3D scene, int width, int height) {
        int bg = scene.backgroundArgb();
        gl.glViewport(0, 0, width, height);
        gl.glClearColor(((bg >> 16) & 0xff) / 255f, ((bg >> 8) & 0xff) / 255f, (bg & 0xff) / 255f, 1f);
        gl.glClearDepth(1.0);
        gl.glClear(GL3.GL_COLOR_BUFFER_BIT | GL3.GL_DEPTH_BUFFER_BIT);
        gl.glEnable(GL3.GL_PROGRAM_POINT_SIZE);
        float[] viewProjection = scene.camera().viewProjection((double) width / height);
        Curve3D curve = scene.curve();
        if (curve != null) {
            prepareCurve(gl, curve, scene.colorBy(), scene.colorMap());
            gl.glEnable(GL3.GL_DEPTH_TEST);
            gl.glDepthFunc(GL3.GL_LEQUAL);
            program.use(gl, viewProjection, POINT_SIZE);
            if (scene.axesBox()) {
                prepareBox(gl, curve.bounds());
                boxBuffers.draw(gl, GL3.GL_LINES);
            }
            curveBuffers.draw(gl, scene.drawMode() == DrawMode.POINTS ? GL3.GL_POINTS : GL3.GL_LINE_STRIP);
        }
        gl.glDisable(GL3.GL_DEPTH_TEST);
        for (MarkerStyle style : MarkerStyle.values()) {
            drawMarkers(gl, scene.markers(), style, viewProjection);
        }
        if (scene.highlightIndex() != Scene3D.NO_HIGHLIGHT) {
            float[] p = scene.curve().point(scene.highlightIndex());
            drawPoint(gl, p, MARKER_OUTER_RGB, viewProjection, MARKER_OUTER_SIZE);
            drawPoint(gl, p, MARKER_INNER_RGB, viewProjection, MARKER_INNER_SIZE);
        }
        gl.glUseProgram(0);
    }

    private void prepareCurve(GL3 gl, Curve3D curve, ColorBy colorBy, ColorMap colorMap) {
        if (curve != uploadedCurve) {
            FloatBuffer positions = curveBuffers.positionStaging(curve.pointCount());
            curve.writeXyz(positions);
            curveBuffers.uploadPositions(gl);
            uploadedCurve = curve;
        }
        if (curve != coloredCurve || !colorBy.equals(uploadedColorBy) || colorMap != uploadedColorMap) {
            float[] values = curve.colorValues(colorBy);
            fillLut(colorMap);
            ByteBuffer colors = curveBuffers.colorStaging(values.length);
            float scale = LUT_SIZE - 1;
            for (float v : values) {
                putRgba(colors, lut[(int) (v * scale + 0.5f)]);
            }
            curveBuffers.uploadColors(gl);
            coloredCurve = curve;
            uploadedColorBy = colorBy;
            uploadedColorMap = colorMap;
        }
    }

    /** The markers of {@code style}, all at once: their dark glyphs, then the coloured ones on top. */
    private void drawMarkers(GL3 gl, List<Marker3D> markers, MarkerStyle style, float[] viewProjection) {
        int count = 0;
        for (Marker3D m : markers) {
            count += m.style() == style ? 1 : 0;
        }
        if (count == 0) {
            return;
        }
        FloatBuffer positions = markerBuffers.positionStaging(count);
        ByteBuffer colors = markerBuffers.colorStaging(count);
        for (Marker3D m : markers) {
            if (m.style() == style) {
                positions.put((float) m.x()).put((float) m.y()).put((float) m.z());
                putRgba(colors, MARKER_OUTER_RGB);
            }
        }
        markerBuffers.uploadPositions(gl);
        markerBuffers.uploadColors(gl);
        useGlyph(gl, viewProjection, style, true);
        markerBuffers.draw(gl, GL3.GL_POINTS);
        colors = markerBuffers.colorStaging(count);
        for (Marker3D m : markers) {
            if (m.style() == style) {
                putRgba(colors, m.argb());
            }
        }
        markerBuffers.uploadColors(gl);
        useGlyph(gl, viewProjection, style, false);
        markerBuffers.draw(gl, GL3.GL_POINTS);
    }

    /** The program set for the dark ({@code outline}) or the coloured glyph of {@code style}. */
    private void useGlyph(GL3 gl, float[] viewProjection, MarkerStyle style, boolean outline) {
        float size = outline ? GLYPH_OUTER_SIZE : GLYPH_INNER_SIZE;
        switch (style) {
            case FILLED -> program.use(gl, viewProjection, size);
            case RING -> program.use(gl, viewProjection, size, CurveProgram.RING,
                    outline ? RING_OUTER_CUTOUT : RING_INNER_CUTOUT);
            case CROSS -> program.use(gl, viewProjection, size, CurveProgram.CROSS,
                    outline ? CROSS_OUTER_CUTOUT : CROSS_INNER_CUTOUT);
        }
    }

    private void drawPoint(GL3 gl, float[] p, int rgb, float[] viewProjection, float size) {
        markerBuffers.positionStaging(1).put(p);
        markerBuffers.uploadPositions(gl);
        putRgba(markerBuffers.colorStaging(1), rgb);
        markerBuffers.uploadColors(gl);
        program.use(gl, viewProjection, size);
        markerBuffers.draw(gl, GL3.GL_POINTS);
    }

    private void fillLut(ColorMap map) {
        for (int i = 0; i < LUT_SIZE; i++) {
            lut[i] = map.argb(i / (double) (LUT_SIZE - 1));
        }
    }

    private void prepareBox(GL3 gl, Bounds3D bounds) {
        if (bounds.equals(uploadedBox)) {
            return;
        }
        double[] corners = bounds.corners();
        FloatBuffer positions = boxBuffers.positionStaging(BOX_EDGES.length);
        ByteBuffer colors = boxBuffers.colorStaging(BOX_EDGES.length);
        for (int corner : BOX_EDGES) {
            positions.put((float) corners[3 * corner]).put((float) corners[3 * corner + 1]).put((float) corners[3 * corner + 2]);
            putRgba(colors, BOX_RGB);
        }
        boxBuffers.uploadPositions(gl);
        boxBuffers.uploadColors(gl);
        uploadedBox = bounds;
    }

    private static void putRgba(ByteBuffer dst, int argb) {
        dst.put((byte) (argb >> 16)).put((byte) (argb >> 8)).put((byte) argb).put((byte) 0xff);
    }

    void dispose(GL3 gl) {
        curveBuffers.dispose(gl);
        boxBuffers.dispose(gl);
        markerBuffers.dispose(gl);
        program.dispose(gl);
        uploadedCurve = null;
        coloredCurve = null;
        uploadedBox = null;
    }
}

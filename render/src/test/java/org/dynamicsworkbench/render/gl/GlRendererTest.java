package org.dynamicsworkbench.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.dynamicsworkbench.render.TestTrajectories;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.DrawMode;
import org.dynamicsworkbench.render.scene.Marker3D;
import org.dynamicsworkbench.render.scene.MarkerStyle;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders real frames through JOGL; needs an X server (run under xvfb-run). */
class GlRendererTest {
    private static final int BLACK = 0xff000000;
    private static GlRenderer renderer;
    private static Curve3D lorenz;

    @BeforeAll
    static void start() {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run");
        renderer = GlRenderer.start();
        lorenz = Curve3D.of(TestTrajectories.lorenz(20_000, 0.005), 0, 1, 2);
    }

    @AfterAll
    static void stop() {
        if (renderer != null) {
            renderer.close();
        }
    }

    private static Frame render(Scene3D scene, int w, int h) throws Exception {
        return renderer.render(scene, w, h).get(30, TimeUnit.SECONDS);
    }

    @Test
    void describesTheGlImplementation() {
        String description = renderer.glDescription();
        assertTrue(description.contains(" | ") && description.length() > 5, description);
    }

    @Test
    void lorenzCurveCoversAReasonableFractionOfTheFrame() throws Exception {
        Frame frame = render(Scene3D.of(lorenz), 320, 240);
        assertEquals(320, frame.width());
        assertEquals(240, frame.height());
        double fraction = frame.countPixelsOtherThan(BLACK) / (320.0 * 240.0);
        assertTrue(fraction > 0.03 && fraction < 0.6, "non-background fraction " + fraction);
        // the colour gradient reaches both ends of viridis: a dark purple and a yellow-green pixel exist
        boolean purple = false;
        boolean yellow = false;
        for (int p : frame.argb()) {
            int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            purple |= r > 40 && b > 60 && g < 40;
            yellow |= r > 150 && g > 180 && b < 120;
        }
        assertTrue(purple && yellow, "viridis gradient: purple " + purple + ", yellow " + yellow);
    }

    @Test
    void emptySceneIsOnlyBackground() throws Exception {
        int background = 0xff204060;
        Frame frame = render(Scene3D.empty(OrbitCamera.fitting(lorenz.bounds()), background), 64, 48);
        for (int p : frame.argb()) {
            assertEquals(background, p);
        }
    }

    @Test
    void axesBoxAloneDrawsGreyLines() throws Exception {
        Scene3D scene = Scene3D.of(lorenz);
        Frame withBox = render(scene, 200, 150);
        Frame without = render(scene.withAxesBox(false), 200, 150);
        int grey = 0;
        for (int i = 0; i < withBox.argb().length; i++) {
            int a = withBox.argb()[i];
            int b = without.argb()[i];
            int r = (a >> 16) & 0xff, g = (a >> 8) & 0xff, bl = a & 0xff;
            if (a != b && Math.abs(r - g) < 8 && Math.abs(g - bl) < 8 && r > 20) {
                grey++;
            }
        }
        assertTrue(grey > 100, "grey box pixels: " + grey);
    }

    @Test
    void highlightedPointIsAWhiteMarkerAtItsProjection() throws Exception {
        Scene3D scene = Scene3D.of(lorenz).withAxesBox(false);
        Frame plain = render(scene, 200, 150);
        Frame marked = render(scene.withHighlight(5_000), 200, 150);
        int white = 0;
        int changed = 0;
        for (int i = 0; i < plain.argb().length; i++) {
            if (plain.argb()[i] != marked.argb()[i]) {
                changed++;
                white += (marked.argb()[i] & 0xffffff) == 0xffffff ? 1 : 0;
            }
        }
        // an 8 px bright square inside a 13 px dark one; nothing else moves
        assertTrue(white >= 40 && white <= 80, "white marker pixels: " + white);
        assertTrue(changed <= 13 * 13, "changed pixels: " + changed);
        assertNotEquals(marked, render(scene.withHighlight(15_000), 200, 150));
        assertEquals(plain, render(scene.withHighlight(Scene3D.NO_HIGHLIGHT), 200, 150));
    }

    @Test
    void changingTheCameraChangesThePixels() throws Exception {
        Scene3D scene = Scene3D.of(lorenz);
        Frame a = render(scene, 160, 120);
        Frame b = render(scene.withCamera(scene.camera().rotated(40, 0)), 160, 120);
        assertNotEquals(a, b);
    }

    @Test
    void sameSceneGivesIdenticalPixels() throws Exception {
        Scene3D scene = Scene3D.of(lorenz).withColorBy(ColorBy.speed()).withColorMap(ColorMap.MAGMA);
        Frame first = render(scene, 200, 100);
        render(Scene3D.of(lorenz), 120, 90);
        assertEquals(first, render(scene, 200, 100));
    }

    @Test
    void colourSettingsChangeThePixelsButNotTheCoverage() throws Exception {
        Scene3D scene = Scene3D.of(lorenz).withAxesBox(false);
        Frame viridis = render(scene, 160, 120);
        Frame turbo = render(scene.withColorMap(ColorMap.TURBO), 160, 120);
        Frame byZ = render(scene.withColorBy(ColorBy.component(2)), 160, 120);
        assertNotEquals(viridis, turbo);
        assertNotEquals(viridis, byZ);
        assertEquals(viridis.countPixelsOtherThan(BLACK), turbo.countPixelsOtherThan(BLACK), 0.02 * viridis.countPixelsOtherThan(BLACK));
    }

    @Test
    void pointsModeDrawsFewerPixelsThanLines() throws Exception {
        Curve3D sparse = Curve3D.of(TestTrajectories.lorenz(400, 0.02), 0, 1, 2);
        Scene3D scene = Scene3D.of(sparse).withAxesBox(false);
        int lines = render(scene, 200, 150).countPixelsOtherThan(BLACK);
        int points = render(scene.withDrawMode(DrawMode.POINTS), 200, 150).countPixelsOtherThan(BLACK);
        assertTrue(points > 200 && points < lines, "points " + points + ", lines " + lines);
    }

    @Test
    void projectionPutsPointsWhereTheCameraMathSays() throws Exception {
        OrbitCamera camera = new OrbitCamera(-60, 20, 100, 0, 0, 20, 35);
        int w = 240;
        int h = 160;
        // a short segment at the target lands on the image centre
        assertCentroid(Scene3D.of(segmentAround(0, 0, 20)).withCamera(camera).withAxesBox(false), w, h, w / 2.0, h / 2.0);
        // one above and to the side of it lands where viewProjection puts it (checks the row order too)
        float[] m = camera.viewProjection((double) w / h);
        double x = 5, y = -8, z = 30;
        double cw = m[3] * x + m[7] * y + m[11] * z + m[15];
        double px = (m[0] * x + m[4] * y + m[8] * z + m[12]) / cw;
        double py = (m[1] * x + m[5] * y + m[9] * z + m[13]) / cw;
        double expectedColumn = (px + 1) / 2 * w;
        double expectedRow = (1 - py) / 2 * h;
        assertTrue(expectedRow < h / 2.0 - 10, "the test point is above the centre");
        assertCentroid(Scene3D.of(segmentAround(x, y, z)).withCamera(camera).withAxesBox(false), w, h, expectedColumn,
                expectedRow);
    }

    @Test
    void markersAreGlyphsAtTheirProjections() throws Exception {
        OrbitCamera camera = new OrbitCamera(-60, 20, 100, 0, 0, 20, 35);
        int w = 240;
        int h = 160;
        int background = 0xff204060;
        int red = 0xffff0000;
        int green = 0xff00ff00;
        int blue = 0xff0000ff;
        Marker3D filled = new Marker3D(0, 0, 20, red, MarkerStyle.FILLED);
        Marker3D ring = new Marker3D(5, -8, 30, green, MarkerStyle.RING);
        Marker3D cross = new Marker3D(-10, 10, 10, blue, MarkerStyle.CROSS);
        Frame frame = render(Scene3D.empty(camera, background).withMarkers(List.of(filled, ring, cross)), w, h);
        float[] m = camera.viewProjection((double) w / h);

        int[] f = pixelOf(m, filled, w, h);
        assertEquals(red, frame.pixel(f[0], f[1]), "the filled marker's centre");
        for (int[] d : new int[][] {{-4, -4}, {4, -4}, {-4, 4}, {4, 4}, {0, 3}}) {
            assertEquals(red, frame.pixel(f[0] + d[0], f[1] + d[1]), "the filled marker is solid at " + d[0] + ", " + d[1]);
        }
        assertEquals(background, frame.pixel(f[0] + 9, f[1]), "the filled marker is 13 px wide");

        int[] r = pixelOf(m, ring, w, h);
        assertEquals(background, frame.pixel(r[0], r[1]), "the ring's centre is a hole");
        for (int[] d : new int[][] {{-4, 0}, {4, 0}, {0, -4}, {0, 4}, {4, 4}}) {
            assertEquals(green, frame.pixel(r[0] + d[0], r[1] + d[1]), "the ring's frame at " + d[0] + ", " + d[1]);
        }
        assertEquals(background, frame.pixel(r[0] - 8, r[1] + 8), "the ring is 13 px wide");

        int[] c = pixelOf(m, cross, w, h);
        assertEquals(blue, frame.pixel(c[0], c[1]), "the cross's centre");
        assertEquals(blue, frame.pixel(c[0] + 4, c[1]), "the cross's arm");
        assertEquals(background, frame.pixel(c[0] + 4, c[1] + 4), "between the cross's arms");

        int drawn = frame.countPixelsOtherThan(background);
        assertTrue(drawn > 13 * 13 && drawn < 3 * 13 * 13, "only the three glyphs are drawn: " + drawn);
    }

    @Test
    void markersAreDrawnOverTheCurveAndUnderTheHighlight() throws Exception {
        Scene3D scene = Scene3D.of(lorenz).withAxesBox(false);
        float[] p = lorenz.point(5_000);
        Scene3D marked = scene.withMarkers(List.of(new Marker3D(p[0], p[1], p[2], 0xffff00ff, MarkerStyle.FILLED)));
        Frame frame = render(marked, 200, 150);
        int[] at = pixelOf(scene.camera().viewProjection(200 / 150.0), marked.markers().get(0), 200, 150);
        assertEquals(0xffff00ff, frame.pixel(at[0], at[1]), "the marker covers the curve");
        Frame highlighted = render(marked.withHighlight(5_000), 200, 150);
        assertEquals(0xffffffff, highlighted.pixel(at[0], at[1]), "the highlight is drawn over the marker");
    }

    /** The column and row of the pixel that {@code viewProjection} puts the marker in. */
    private static int[] pixelOf(float[] m, Marker3D marker, int w, int h) {
        double x = marker.x(), y = marker.y(), z = marker.z();
        double cw = m[3] * x + m[7] * y + m[11] * z + m[15];
        double px = (m[0] * x + m[4] * y + m[8] * z + m[12]) / cw;
        double py = (m[1] * x + m[5] * y + m[9] * z + m[13]) / cw;
        return new int[] {(int) Math.floor((px + 1) / 2 * w), (int) Math.floor((1 - py) / 2 * h)};
    }

    private static Curve3D segmentAround(double x, double y, double z) {
        return Curve3D.of(TestTrajectories.points(x - 0.3, y, z, x + 0.3, y, z), 0, 1, 2);
    }

    private static void assertCentroid(Scene3D scene, int w, int h, double column, double row) throws Exception {
        Frame frame = render(scene, w, h);
        double sx = 0, sy = 0;
        int n = 0;
        for (int yy = 0; yy < h; yy++) {
            for (int xx = 0; xx < w; xx++) {
                if ((frame.pixel(xx, yy) & 0xffffff) != 0) {
                    sx += xx + 0.5;
                    sy += yy + 0.5;
                    n++;
                }
            }
        }
        assertTrue(n > 0, "the segment is drawn");
        assertEquals(column, sx / n, 1.5, "centroid column");
        assertEquals(row, sy / n, 1.5, "centroid row");
    }

    @Test
    void rendersAtDifferentSizesInSequence() throws Exception {
        Scene3D scene = Scene3D.of(lorenz);
        CompletableFuture<Frame> small = renderer.render(scene, 100, 80);
        CompletableFuture<Frame> tall = renderer.render(scene, 90, 300);
        CompletableFuture<Frame> wide = renderer.render(scene, 640, 200);
        for (var pair : new Object[][] {{small, 100, 80}, {tall, 90, 300}, {wide, 640, 200}}) {
            @SuppressWarnings("unchecked")
            Frame f = ((CompletableFuture<Frame>) pair[0]).get(30, TimeUnit.SECONDS);
            assertEquals(pair[1], f.width());
            assertEquals(pair[2], f.height());
            assertTrue(f.countPixelsOtherThan(BLACK) > 0.02 * f.width() * f.height(), "content at " + f);
        }
    }

    @Test
    void rejectsBadSizes() {
        Scene3D scene = Scene3D.of(lorenz);
        assertThrows(IllegalArgumentException.class, () -> renderer.render(scene, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(scene, 10, GlRenderer.MAX_SIZE + 1));
    }

    @Test
    void renderAfterCloseFailsCleanly() {
        GlRenderer other = GlRenderer.start();
        other.close();
        other.close();
        CompletableFuture<Frame> future = other.render(Scene3D.of(lorenz), 32, 32);
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        assertInstanceOf(RenderException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("closed"), e.getCause().getMessage());
        assertFalse(renderer.render(Scene3D.of(lorenz), 16, 16).isCompletedExceptionally(), "the other renderer still works");
    }

    @Test
    void interactiveRendererDropsMultisamplingOnlyOnASoftwareRasterizer() throws Exception {
        try (GlRenderer interactive = GlRenderer.startInteractive()) {
            String gl = interactive.glDescription().toLowerCase(java.util.Locale.ROOT);
            boolean software = gl.contains("llvmpipe") || gl.contains("softpipe") || gl.contains("swrast")
                    || gl.contains("swiftshader");
            assertEquals(software, interactive.isSoftwareRasterizer(), interactive.glDescription());
            if (software) {
                assertEquals(0, interactive.samples(), "no multisampling on " + interactive.glDescription());
            } else {
                assertEquals(renderer.samples(), interactive.samples(), "same multisampling as start() on a GPU");
            }
            Frame frame = interactive.render(Scene3D.of(lorenz), 200, 120).get(10, TimeUnit.SECONDS);
            assertTrue(frame.countPixelsOtherThan(frame.pixel(0, 0)) > 100, "the interactive renderer draws the curve");
        }
    }
}

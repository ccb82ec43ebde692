package org.dynamicsworkbench.plugins.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovResult;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSettings;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.ImageSeries;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.junit.jupiter.api.Test;

/** The explorer's figures built without a display. */
class ExplorerFiguresTest {
    private static final SystemCatalog CATALOG = SystemCatalog.builtin();
    private static final FigureSize SIZE = FigureSize.millimetres(89, 60);

    private static ExplorerState state(String system) {
        return ExplorerState.defaults(CATALOG.require(system));
    }

    /** x = i, y = 10 i, z = 100 i at t = 2 + 0.5 i. */
    private static Trajectory ramp(int n) {
        double[] s = new double[3 * n];
        for (int i = 0; i < n; i++) {
            s[3 * i] = i;
            s[3 * i + 1] = 10 * i;
            s[3 * i + 2] = 100 * i;
        }
        return Trajectory.of(3, 2, 0.5, s);
    }

    @Test
    void timeSeriesHasOnePanelPerCoordinateOverTheTrajectorysTimes() {
        Figure f = ExplorerFigures.timeSeries(state("Lorenz"), ramp(5), SIZE);
        assertEquals("explorer.timeseries", f.id());
        assertEquals(List.of("coordinate-0", "coordinate-1", "coordinate-2"), f.panels().stream().map(Panel::id).toList());
        assertEquals(List.of("x", "y", "z"), f.panels().stream().map(p -> p.y().label()).toList());
        assertEquals("t", f.panels().get(2).x().label());
        assertEquals("", f.panels().get(0).x().label(), "only the bottom panel labels the shared time axis");
        LineSeries z = (LineSeries) f.panels().get(2).series().get(0);
        assertArrayEquals(new double[] {2, 2.5, 3, 3.5, 4}, z.data().x());
        assertArrayEquals(new double[] {0, 100, 200, 300, 400}, z.data().y());
        assertTrue(z.data().xIsTime());
    }

    @Test
    void longTrajectoriesAreThinnedByAConstantStride() {
        int n = 2 * ExplorerFigures.MAX_POINTS + 1;
        Figure f = ExplorerFigures.timeSeries(state("Lorenz"), ramp(n), SIZE);
        LineSeries x = (LineSeries) f.panels().get(0).series().get(0);
        // 400001 states over at most 200000 points: every third state, 0, 3, ..., 399999
        assertEquals(133_334, x.data().size());
        assertEquals(3, x.data().y(1), 0.0);
        assertEquals(2 + 3 * 0.5, x.data().x(1), 1e-12);
        assertEquals(399_999, x.data().y(x.data().size() - 1), 0.0);
    }

    @Test
    void projectionsArePairsOfCoordinatesCarryingTimes() {
        Figure f = ExplorerFigures.projections(state("Lorenz"), ramp(4), SIZE);
        assertEquals(List.of("c0-c1", "c0-c2", "c1-c2"), f.panels().stream().map(Panel::id).toList());
        assertEquals(3, f.columns());
        LineSeries yz = (LineSeries) f.panels().get(2).series().get(0);
        assertArrayEquals(new double[] {0, 10, 20, 30}, yz.data().x());
        assertArrayEquals(new double[] {0, 100, 200, 300}, yz.data().y());
        assertEquals(3.0, yz.data().t(2));
        assertEquals("y", f.panels().get(2).x().label());
        assertEquals("z", f.panels().get(2).y().label());
    }

    @Test
    void aOneDimensionalMapIsShownAsPointsOfItsDelayEmbedding() {
        Trajectory logistic = Trajectory.of(1, 0, 1, new double[] {0.1, 0.2, 0.4, 0.8});
        Figure f = ExplorerFigures.projections(state("Logistic"), logistic, SIZE);
        ScatterSeries delay = (ScatterSeries) f.panels().get(0).series().get(0);
        assertArrayEquals(new double[] {0.1, 0.2, 0.4}, delay.data().x());
        assertArrayEquals(new double[] {0.2, 0.4, 0.8}, delay.data().y());
        assertEquals("x_{n+1}", f.panels().get(0).y().label());
        assertEquals("n", ExplorerFigures.timeSeries(state("Logistic"), logistic, SIZE).panels().get(0).x().label());
    }

    @Test
    void lyapunovPlotHasOneLabelledLinePerExponent() {
        LyapunovResult result = new LyapunovResult(new double[] {0.9, 0, -14.5}, 2.06, 100, new double[] {10, 20},
                new double[] {1.0, 0.1, -14, 0.9, 0.05, -14.5});
        ExplorerState lorenz = state("Lorenz");
        Figure f = ExplorerFigures.lyapunov(new LyapunovSummary(lorenz, LyapunovSettings.flow(0.01, 1, 100), result), SIZE);
        assertEquals("explorer.lyapunov", f.id());
        assertEquals(List.of("lambda-1", "lambda-2", "lambda-3"), f.seriesIds());
        LineSeries third = (LineSeries) f.panels().get(0).series().get(2);
        assertEquals("\\lambda_{3}", third.label());
        assertArrayEquals(new double[] {10, 20}, third.data().x());
        assertArrayEquals(new double[] {-14, -14.5}, third.data().y());
        assertTrue(f.title().contains("D_{KY} = 2.060"), f.title());
    }

    @Test
    void the3dViewIsAnImageSpanningTheViewPlaneAtTheTarget() {
        OrbitCamera camera = new OrbitCamera(-60, 18, 100, 0, 0, 20, 90);
        Frame frame = new Frame(40, 20, new int[800]);
        Figure f = ExplorerFigures.view3d(state("Lorenz"), camera, frame, SIZE);
        ImageSeries image = (ImageSeries) f.panels().get(0).series().get(0);
        // tan(45 deg) = 1: half the height is the distance; the width follows the frame's 2:1 aspect
        assertEquals(100, image.y().max(), 1e-9);
        assertEquals(200, image.x().max(), 1e-9);
        assertTrue(f.panels().get(0).equalAspect());
    }

    @Test
    void theToolOffersItsFourFiguresFromASavedStateAndBuildsThemWithoutADisplay() throws Exception {
        ExplorerStateCodec codec = new ExplorerStateCodec(CATALOG);
        ExplorerState small = state("Rossler").withSteps(2_000);
        List<FigureSpec> specs = new ExplorerTool().figuresFor(codec.write(small));
        assertEquals(List.of("explorer.3d", "explorer.timeseries", "explorer.projections", "explorer.lyapunov"),
                specs.stream().map(FigureSpec::id).toList());
        assertTrue(specs.get(0).needsOpenGl());
        assertFalse(specs.get(1).needsOpenGl());
        Figure series = specs.get(1).build(FigureRequest.withoutOpenGl(SIZE, 300));
        assertEquals(2_001, ((LineSeries) series.panels().get(0).series().get(0)).data().size());
        assertEquals(SIZE, series.size());
        IllegalStateException noGl = assertThrows(IllegalStateException.class,
                () -> specs.get(0).build(FigureRequest.withoutOpenGl(SIZE, 300)));
        assertEquals("figure 'explorer.3d' needs OpenGL, and no renderer was given", noGl.getMessage());
    }

    @Test
    void aMalformedSavedStateIsRejectedNamingTheField() throws Exception {
        var state = new ObjectMapper().readTree("{\"system\": \"Lorenz\", \"dt\": -1}");
        ToolStateException e = assertThrows(ToolStateException.class, () -> new ExplorerTool().figuresFor(state));
        assertTrue(e.getMessage().contains("dt"), e.getMessage());
    }
}

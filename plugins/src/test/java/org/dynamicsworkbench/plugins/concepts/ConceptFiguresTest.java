package org.dynamicsworkbench.plugins.concepts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.concepts.ConceptTrajectory;
import org.dynamicsworkbench.analysis.learning.concepts.GaussianSmoothing;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyConfig;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunManifest;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.figure.AreaSeries;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.paint.FigurePainter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures a session's state exports, from concept runs written in the real format. */
class ConceptFiguresTest {
    @TempDir
    Path session;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void twoSeedsExportSpaceCoordinatesTimesAndSpeedAtTheStep() throws Exception {
        ConceptRunFixture.write(session.resolve("seed=0"), 0, 0.25, 100, 400);
        ConceptRunFixture.write(session.resolve("seed=1"), 1, 0.25, 200, 600);
        List<FigureSpec> specs = new ConceptTool().figuresFor(json.readTree(
                "{\"runs\": [\"seed=0\", \"seed=1\"], \"step\": 300}"), session);
        assertEquals(List.of("concepts.space", "concepts.coordinates", "concepts.times", "concepts.speed"),
                specs.stream().map(FigureSpec::id).toList());
        FigureRequest request = FigureRequest.withoutOpenGl(ConceptFigures.SPACE_SIZE, 150);

        Figure space = specs.get(0).build(request);
        // the seed mean of the held-out class at step 300: concept 1 = (1 + 1) / 2, concept 2 = 0, then smoothed
        ConceptTrajectory mean = new ConceptTrajectory(steps(), meanOfSteps(100, 200), meanOfSteps(400, 600));
        ConceptTrajectory smooth = mean.smoothed(2, GaussianSmoothing.DEFAULT_TRUNCATE);
        LineSeries heldOut = (LineSeries) space.panels().get(0).seriesById("held-out");
        assertArrayEquals(smooth.concept1(), heldOut.data().x(), 1e-12);
        ScatterSeries now = (ScatterSeries) space.panels().get(0).seriesById("now");
        assertEquals(5, now.data().size(), "a point on each of the five trajectories");
        assertEquals(smooth.concept1()[6], now.data().x(3), 1e-12, "step 300 is evaluation 6");
        assertTrue(space.title().startsWith("Concept space at step 300 (2 seeds"), space.title());
        LineSeries trainClass = (LineSeries) space.panels().get(0).seriesById("class-2");
        assertEquals(1.0, trainClass.data().x(trainClass.data().size() - 1), 1e-12, "class (1,0) ends at its corner");

        Figure coordinates = specs.get(1).build(request);
        AreaSeries band = (AreaSeries) coordinates.panelById("concept-1").seriesById("c1-naive-band");
        // at step 150 one seed has learned concept 1 and the other not: mean 0.5, sample sd 0.7071
        assertEquals(0.5 + Math.sqrt(0.5), band.y(3), 1e-12);
        assertEquals(300, ((LineSeries) coordinates.panelById("concept-2").seriesById("c2-step")).data().x(0));

        Figure times = specs.get(2).build(request);
        BarSeries naive = (BarSeries) times.panels().get(0).seriesById("naive");
        BarSeries over = (BarSeries) times.panels().get(0).seriesById("overprompt");
        long t2 = mean.smoothed(1.5, 6).learningTime(2);
        assertEquals(t2, (long) naive.heights()[1], "concept 2's bar is the smoothed seed mean's learning time");
        assertTrue(naive.heights()[0] < naive.heights()[1], "the strong concept is learned first");
        assertTrue(over.heights()[1] < naive.heights()[1], "over-prompting shows concept 2 earlier");

        Figure speed = specs.get(3).build(request);
        LineSeries naiveSpeed = (LineSeries) speed.panels().get(0).seriesById("naive");
        double[] expected = smooth.speed();
        assertEquals(expected[4], naiveSpeed.data().y(4), 1e-15);
        assertTrue(Double.isNaN(naiveSpeed.data().x(0)), "step 0 has no place on a log axis");
        for (FigureSpec spec : specs) {
            paint(spec.build(request));
        }
    }

    @Test
    void seedsOfDifferentSettingsOrRunsOfAnotherKindAreRefused() throws Exception {
        ConceptRunFixture.write(session.resolve("a"), 0, 0.25, 100, 400);
        ConceptRunFixture.write(session.resolve("b"), 1, 0.5, 100, 400);
        ToolStateException e = assertThrows(ToolStateException.class, () -> new ConceptTool().figuresFor(
                json.readTree("{\"runs\": [\"a\", \"b\"]}"), session));
        assertEquals("runs[1]: 'b' differs from runs[0] in sep2 (0.5 vs 0.25); seeds averaged together must share "
                + "every setting but the seed", e.getMessage());
        ExperimentRun.create(session.resolve("rl"), new RunManifest("entropy", EntropyConfig.defaults(
                EntropyMode.VANILLA).toJson(), new RunPlan(10, 1, 1, new CheckpointSchedule(
                CheckpointSchedule.Spacing.LINEAR, 2, 1)), "java", RunStatus.FINISHED, ""));
        ToolStateException kind = assertThrows(ToolStateException.class, () -> new ConceptTool().figuresFor(
                json.readTree("{\"runs\": [\"rl\"]}"), session));
        assertEquals("runs[0]: 'rl' is a 'entropy' run, not 'concepts'", kind.getMessage());
        ToolStateException sep = assertThrows(ToolStateException.class, () -> new ConceptStateCodec().read(
                json.readTree("{\"setup\": {\"sep2\": 0}}")));
        assertTrue(sep.getMessage().startsWith("setup.sep2: must be a positive number"), sep.getMessage());
        ToolStateException seeds = assertThrows(ToolStateException.class, () -> new ConceptStateCodec().read(
                json.readTree("{\"setup\": {\"seeds\": 0}}")));
        assertEquals("setup.seeds: must be an integer in [1, 8], got 0", seeds.getMessage());
    }

    @Test
    void stateRoundTripsThroughItsJson() throws Exception {
        ConceptState state = new ConceptState(List.of("s/seed=0", "s/seed=1"), 250,
                new ConceptSetup(ConceptSetup.defaults().config().withSeed(4), 900, 2));
        ConceptStateCodec codec = new ConceptStateCodec();
        assertEquals(state, codec.read(codec.write(state)));
        assertEquals(ConceptState.defaults(), codec.read(json.readTree("{}")));
    }

    private static long[] steps() {
        long[] s = new long[(int) (ConceptRunFixture.LAST / ConceptRunFixture.EVERY) + 1];
        for (int i = 0; i < s.length; i++) {
            s[i] = i * ConceptRunFixture.EVERY;
        }
        return s;
    }

    /** The two seeds' mean of step functions rising at {@code a} and {@code b}: 0, then 0.5, then 1. */
    private static double[] meanOfSteps(long a, long b) {
        long[] s = steps();
        double[] v = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            v[i] = ((s[i] >= a ? 1 : 0) + (s[i] >= b ? 1 : 0)) / 2.0;
        }
        return v;
    }

    private static void paint(Figure f) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        FigurePainter.paint(g, f, 400, 300, org.dynamicsworkbench.render.figure.FigureTheme.screenLight(10), Double.NaN);
        g.dispose();
    }
}

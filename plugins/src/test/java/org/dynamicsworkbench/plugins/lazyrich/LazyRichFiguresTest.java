package org.dynamicsworkbench.plugins.lazyrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.Tensor;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunManifest;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's figures on a run with known curves, and {@code figuresFor} as the command line calls it. */
class LazyRichFiguresTest {
    @TempDir
    Path session;

    @Test
    void theLossFigureMarksTheHalvingStepsThePeakAndTheStep() throws Exception {
        LazyRichRun run = LazyRichRun.open(LazyRichRunFixture.write(session.resolve("a4"), 4));
        LazyRichRun.Summary s = run.summary();
        assertEquals(LazyRichRunFixture.TRAIN_HALF, s.trainHalfStep());
        assertEquals(LazyRichRunFixture.TEST_HALF, s.testHalfStep());
        assertEquals(370 / 70.0, s.delayRatio(), 1e-12);
        assertEquals(LazyRichRunFixture.PEAK_STEP, s.peakTestStep());
        assertTrue(s.testLossRose());
        assertEquals("delay ratio 5.3 (train loss halves at step 70, test loss at step 370); test-loss peak 1.50 at "
                + "step 200 (initial 1.00)", s.line());

        Figure f = LazyRichFigures.loss(List.of(run), 100, 0, LazyRichFigures.LOSS_SIZE);
        Panel p = f.panelById("loss");
        assertEquals(70, ((LineSeries) p.seriesById("loss-train-half")).data().x(0));
        assertEquals(370, ((LineSeries) p.seriesById("loss-test-half")).data().x(0));
        assertEquals(100, ((LineSeries) p.seriesById("loss-step")).data().x(1));
        ScatterSeries peak = (ScatterSeries) p.seriesById("loss-peak");
        assertEquals(200, peak.data().x(0));
        assertEquals(1.5, peak.data().y(0), 1e-12);
        assertEquals("Loss, \\alpha = 4 (delay ratio 5.3)", f.title());
    }

    @Test
    void overlaysAddTheirCurvesToEveryCurvePanel() throws Exception {
        LazyRichRun a4 = LazyRichRun.open(LazyRichRunFixture.write(session.resolve("a4"), 4));
        LazyRichRun a1 = LazyRichRun.open(LazyRichRunFixture.write(session.resolve("a1"), 1));
        List<LazyRichRun> runs = List.of(a4, a1);
        Figure loss = LazyRichFigures.loss(runs, 10, 0.5, LazyRichFigures.LOSS_SIZE);
        LineSeries overlay = (LineSeries) loss.panelById("loss").seriesById("loss-1-test");
        assertEquals("test (\\alpha = 1)", overlay.label());
        assertNotNull(loss.panelById("loss").seriesById("loss-1-test-raw"), "smoothing draws the raw curve beneath");
        Figure alignment = LazyRichFigures.alignment(runs, 10, 0, LazyRichFigures.ALIGNMENT_SIZE);
        assertNotNull(alignment.panelById("alignment").seriesById("align-0-ntk"));
        assertNotNull(alignment.panelById("alignment").seriesById("align-0-relative"));
        assertNotNull(alignment.panelById("alignment").seriesById("align-1-m"));
        assertNull(alignment.panelById("alignment").seriesById("align-1-ntk"), "overlays show their M-alignment only");
        Figure movement = LazyRichFigures.movement(runs, 10, 0, LazyRichFigures.MOVEMENT_SIZE);
        assertEquals(List.of("change", "drift"), movement.panels().stream().map(Panel::id).toList());
        assertEquals(0.5, ((LineSeries) movement.panelById("change").seriesById("change-1")).data().y(50), 1e-12);
        assertEquals(50, ((LineSeries) movement.panelById("drift").seriesById("drift-0")).data().y(5), 1e-12);
        assertEquals(10, ((LineSeries) movement.panelById("drift").seriesById("drift-step")).data().x(0));
        Figure decomposition = LazyRichFigures.decomposition(runs, 10, 0, LazyRichFigures.DECOMPOSITION_SIZE);
        for (String id : List.of("measured", "sum", "t1", "t2", "t3", "decomposition-step")) {
            assertNotNull(decomposition.panelById("decomposition").seriesById(id), id);
        }
        LineSeries t3 = (LineSeries) decomposition.panelById("decomposition").seriesById("t3");
        assertEquals(11, t3.data().size(), "full scalars every 100 steps to 1000");
        assertEquals(0.3 * LazyRichRunFixture.testLoss(500), t3.data().y(5), 1e-12);
    }

    @Test
    void theSpectrumShowsTheEigenvaluesAsBarsOverTheFirstCheckpoint() {
        Figure f = LazyRichFigures.spectrum(Tensor.vector(LazyRichRunFixture.eigenvalues(1000)), 1000,
                Tensor.vector(LazyRichRunFixture.eigenvalues(0)), 0, "\\alpha = 4", LazyRichFigures.SPECTRUM_SIZE);
        BarSeries bars = (BarSeries) f.panelById("spectrum").seriesById("eigenvalues");
        assertArrayEquals(new double[] {12, 1, 0.5}, bars.heights(), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3}, bars.x(), 0);
        assertEquals("step 1000, \\alpha = 4 (\\lambda_1 = 12.0)", bars.label());
        ScatterSeries start = (ScatterSeries) f.panelById("spectrum").seriesById("initial");
        assertEquals(2, start.data().y(0), 1e-12);
        assertEquals("step 0 (\\lambda_1 = 2.00)", start.label());
        assertEquals("Eigenvalues of M = W^TW/N at step 1000", f.title());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LazyRichFigures.spectrum(
                Tensor.vector(new double[] {1, 2}), 5, Tensor.vector(new double[] {1, 2, 3}), 0, "x",
                LazyRichFigures.SPECTRUM_SIZE));
        assertEquals("m_eigenvalues: 2 values at step 5 but 3 at step 0", e.getMessage());
    }

    @Test
    void figuresForExportsEveryFigureOfASessionHeadless() throws Exception {
        Files.createDirectories(session.resolve("data"));
        LazyRichRunFixture.write(session.resolve("data/a4"), 4);
        LazyRichRunFixture.write(session.resolve("data/a1"), 1);
        var state = new ObjectMapper().readTree("{\"run\": \"data/a4\", \"step\": 100, \"overlays\": [\"data/a1\"]}");
        List<FigureSpec> specs = new LazyRichTool().figuresFor(state, session);
        assertEquals(List.of(LazyRichFigures.LOSS, LazyRichFigures.DECOMPOSITION, LazyRichFigures.ALIGNMENT,
                LazyRichFigures.MOVEMENT, LazyRichFigures.SPECTRUM), specs.stream().map(FigureSpec::id).toList());
        for (FigureSpec spec : specs) {
            Figure f = spec.build(FigureRequest.withoutOpenGl(spec.defaultSize(), 150));
            assertEquals(spec.id(), f.id());
        }
        Figure spectrum = specs.get(4).build(FigureRequest.withoutOpenGl(specs.get(4).defaultSize(), 150));
        assertArrayEquals(LazyRichRunFixture.eigenvalues(100),
                ((BarSeries) spectrum.panelById("spectrum").seriesById("eigenvalues")).heights(), 1e-12);
        // no step: the last checkpoint
        var last = new LazyRichTool().figuresFor(new ObjectMapper().readTree("{\"run\": \"data/a4\"}"), session);
        Figure atLast = last.get(4).build(FigureRequest.withoutOpenGl(last.get(4).defaultSize(), 150));
        assertTrue(atLast.title().endsWith("step 1000"), atLast.title());
        // a step between checkpoints snaps to the nearest, as the window's timeline does
        var between = new LazyRichTool().figuresFor(new ObjectMapper().readTree("{\"run\": \"data/a4\", \"step\": 400}"),
                session);
        Figure snapped = between.get(4).build(FigureRequest.withoutOpenGl(between.get(4).defaultSize(), 150));
        assertTrue(snapped.title().endsWith("step 100"), snapped.title());
        assertEquals(100, ((LineSeries) between.get(0).build(FigureRequest.withoutOpenGl(LazyRichFigures.LOSS_SIZE, 150))
                .panelById("loss").seriesById("loss-step")).data().x(0));
        assertTrue(new LazyRichTool().figuresFor(new ObjectMapper().readTree("{}"), session).isEmpty());
    }

    @Test
    void figuresForNamesTheFieldOfAMissingOrForeignRun() throws Exception {
        LazyRichRunFixture.write(session.resolve("a4"), 4);
        ToolStateException missing = assertThrows(ToolStateException.class, () -> new LazyRichTool().figuresFor(
                new ObjectMapper().readTree("{\"run\": \"a4\", \"overlays\": [\"gone\"]}"), session));
        assertTrue(missing.getMessage().startsWith("overlays[0]: 'gone' ("), missing.getMessage());
        assertTrue(missing.getMessage().endsWith("is not a run folder (no run.json)"), missing.getMessage());
        ExperimentRun.create(session.resolve("grok"), new RunManifest("grokking",
                new ObjectMapper().createObjectNode().put("p", 5), new RunPlan(10, 1, 5,
                new CheckpointSchedule(CheckpointSchedule.Spacing.LOG, 2, 1)), "java", RunStatus.FINISHED, ""));
        ToolStateException foreign = assertThrows(ToolStateException.class, () -> new LazyRichTool().figuresFor(
                new ObjectMapper().readTree("{\"run\": \"grok\"}"), session));
        assertTrue(foreign.getMessage().startsWith("run: 'grok': "), foreign.getMessage());
        assertTrue(foreign.getMessage().contains("holds a 'grokking' run, not a 'lazy-rich' one"), foreign.getMessage());
        ToolStateException escape = assertThrows(ToolStateException.class, () -> new LazyRichTool().figuresFor(
                new ObjectMapper().readTree("{\"run\": \"../a4\"}"), session.resolve("a4")));
        assertTrue(escape.getMessage().startsWith("run: '../a4' escapes the session's folder"), escape.getMessage());
    }
}

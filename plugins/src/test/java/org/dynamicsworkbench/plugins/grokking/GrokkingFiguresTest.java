package org.dynamicsworkbench.plugins.grokking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.ImageSeries;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.paint.FigurePainter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures a session's state exports, built from run folders written in the real format. */
class GrokkingFiguresTest {
    @TempDir
    Path session;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sessionStateExportsCurvesWeightsGridAndFourierAtItsStep() throws Exception {
        GrokkingRunFixture.write(session.resolve("grok"), 1.0, 200);
        GrokkingRunFixture.write(session.resolve("no-wd"), 0.0, -1);
        List<FigureSpec> specs = new GrokkingTool().figuresFor(json.readTree(
                "{\"run\": \"grok\", \"step\": 200, \"smoothing\": 0.5, \"overlays\": [\"no-wd\"]}"), session);
        assertEquals(List.of("grokking.curves", "grokking.weights", "grokking.grid", "grokking.fourier"),
                specs.stream().map(FigureSpec::id).toList());
        FigureRequest request = FigureRequest.withoutOpenGl(GrokkingFigures.CURVES_SIZE, 150);
        Figure curves = specs.get(0).build(request);
        assertTrue(curves.title().contains("t_{mem} = 20, t_{gen} = 200"), curves.title());
        Panel accuracy = curves.panelById("accuracy");
        // raw faint and smoothed solid for both runs, then t_mem, t_gen and the current step as vertical lines
        assertNotNull(accuracy.seriesById("accuracy-0-test_acc-raw"));
        assertEquals("test (no-wd)", accuracy.seriesById("accuracy-1-test_acc").label());
        LineSeries step = (LineSeries) accuracy.seriesById("accuracy-step");
        assertEquals(200, step.data().x(0));
        assertEquals(20, ((LineSeries) accuracy.seriesById("accuracy-tmem")).data().x(0));
        Figure grid = specs.get(2).build(request);
        assertTrue(grid.title().contains("step 200: 2 of 15 test pairs right"), grid.title());
        ImageSeries cells = (ImageSeries) grid.panels().get(0).series().get(0);
        // cell (a=0, b=0) is train (pale green) at the bottom-left: image row p-1, column 0
        assertEquals(GrokkingFigures.TRAIN_RIGHT, cells.image().pixel(0, GrokkingRunFixture.P - 1));
        // cell (a=2, b=0) is test pair 0: right at step 200
        assertEquals(GrokkingFigures.TEST_RIGHT, cells.image().pixel(2, GrokkingRunFixture.P - 1));
        Figure fourier = specs.get(3).build(request);
        assertEquals(2, fourier.panels().size());
        for (FigureSpec spec : specs) {
            Figure f = spec.build(request);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = image.createGraphics();
            FigurePainter.paint(g, f, 400, 300, org.dynamicsworkbench.render.figure.FigureTheme.screenLight(10), Double.NaN);
            g.dispose();
        }
    }

    @Test
    void nandasLossesGetTheirOwnPanelOnlyWhenTheRunLoggedThem() throws Exception {
        GrokkingRunFixture.write(session.resolve("plain"), 1.0, 200);
        Path keyed = GrokkingRunFixture.write(session.resolve("keyed"), 1.0, 200);
        org.dynamicsworkbench.analysis.learning.run.ExperimentRun run =
                org.dynamicsworkbench.analysis.learning.run.ExperimentRun.open(keyed);
        for (long step : new long[] {100, 200, 400}) {
            run.appendScalars(step + 1, new java.util.LinkedHashMap<>(java.util.Map.of(
                    "restricted_loss", 3.0 / step, "excluded_loss", 1.0 + step / 100.0)));
        }
        FigureRequest request = FigureRequest.withoutOpenGl(GrokkingFigures.CURVES_SIZE, 150);
        Figure plain = new GrokkingTool().figuresFor(json.readTree("{\"run\": \"plain\", \"step\": 200}"), session)
                .get(1).build(request);
        assertEquals(3, plain.panels().size());
        Figure withNanda = new GrokkingTool().figuresFor(json.readTree("{\"run\": \"keyed\", \"step\": 200}"), session)
                .get(1).build(request);
        assertEquals(4, withNanda.panels().size());
        Panel nanda = withNanda.panelById("nanda");
        assertNotNull(nanda.seriesById("nanda-0-restricted_loss"));
        assertNotNull(nanda.seriesById("nanda-0-excluded_loss"));
    }

    @Test
    void phaseDiagramColoursByTimeToGeneraliseAndMarksNever() throws Exception {
        Path sweep = Files.createDirectory(session.resolve("sweep"));
        GrokkingRunFixture.write(sweep.resolve("wd=0,frac=0.4"), 0.0, -1);
        GrokkingRunFixture.write(sweep.resolve("wd=1,frac=0.4"), 1.0, 100);
        GrokkingRunFixture.write(sweep.resolve("wd=1,frac=0.5"), 1.0, 200);
        List<FigureSpec> specs = new GrokkingTool().figuresFor(json.readTree("{\"sweep\": \"sweep\"}"), session);
        assertEquals(List.of("grokking.phase"), specs.stream().map(FigureSpec::id).toList());
        Figure phase = specs.get(0).build(FigureRequest.withoutOpenGl(GrokkingFigures.PHASE_SIZE, 150));
        assertTrue(phase.title().contains("3 of 3 runs done"), phase.title());
        SweepReading reading = SweepReading.open(sweep);
        assertEquals("wd", reading.rowKey());
        assertEquals("frac", reading.columnKey());
        assertEquals(100, reading.cell(1, 0).tGen());
        assertTrue(reading.cell(0, 0).never());
        assertNull(reading.cell(0, 1));
        ScatterSeries never = (ScatterSeries) phase.panels().get(0).seriesById("never");
        assertEquals(0.4, never.data().x(0));
        assertEquals(0.0, never.data().y(0));
    }

    @Test
    void aStateNamingAFolderThatIsNotARunIsRefused() throws Exception {
        Files.createDirectory(session.resolve("empty"));
        ToolStateException e = assertThrows(ToolStateException.class,
                () -> new GrokkingTool().figuresFor(json.readTree("{\"run\": \"empty\"}"), session));
        assertTrue(e.getMessage().startsWith("run: 'empty'") && e.getMessage().contains("not a run folder"),
                e.getMessage());
        ToolStateException escape = assertThrows(ToolStateException.class,
                () -> new GrokkingTool().figuresFor(json.readTree("{\"run\": \"../x\"}"), session));
        assertTrue(escape.getMessage().contains("escapes the session's folder"), escape.getMessage());
    }
}

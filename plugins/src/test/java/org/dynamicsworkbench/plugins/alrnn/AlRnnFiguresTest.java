package org.dynamicsworkbench.plugins.alrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.junit.jupiter.api.Test;

/** The figures of the shipped run, built headless from a state that names it relative to the session folder. */
class AlRnnFiguresTest {
    private static final Path SAMPLES = AlRnnViewModelTest.SAMPLE_RUN.getParent().getParent();

    private static List<FigureSpec> specs() throws Exception {
        return new AlRnnTool().figuresFor(new ObjectMapper().readTree("{\"run\": \"data/lorenz-alrnn\", \"freeRunSteps\": 20000}"),
                SAMPLES);
    }

    @Test
    void theStateOffersFourFiguresAndOnlyThe3dOneNeedsOpenGl() throws Exception {
        List<FigureSpec> specs = specs();
        assertEquals(List.of("alrnn.training", "alrnn.symbols", "alrnn.graph", "alrnn.3d"), specs.stream().map(FigureSpec::id).toList());
        assertEquals(List.of(false, false, false, true), specs.stream().map(FigureSpec::needsOpenGl).toList());
        FigureSpec view = specs.get(3);
        assertThrows(IllegalStateException.class, () -> view.build(FigureRequest.withoutOpenGl(view.defaultSize(), 100)));
        assertTrue(new AlRnnTool().figuresFor(new ObjectMapper().readTree("{}"), SAMPLES).isEmpty());
    }

    @Test
    void theTrainingFigureCarriesEveryEpochAndTheCheckpointMetrics() throws Exception {
        Figure f = build(specs().get(0));
        assertEquals(List.of("loss", "metrics", "alpha"), f.panels().stream().map(p -> p.id()).toList());
        LineSeries loss = (LineSeries) f.panelById("loss").seriesById("loss");
        assertEquals(2000, loss.data().size());
        LineSeries dstsp = (LineSeries) f.panelById("metrics").seriesById("dstsp");
        assertEquals(80, dstsp.data().size(), "a checkpoint every 25 of 2000 epochs");
        assertEquals(25.0, dstsp.data().x(0));
        assertTrue(f.panelById("metrics").seriesById("dh") instanceof LineSeries);
    }

    @Test
    void theSymbolStripAndTheGraphShowTheThreeVisitedRegions() throws Exception {
        Figure strip = build(specs().get(1));
        List<Series> regions = strip.panels().get(0).series();
        assertEquals(3, regions.size());
        int points = 0;
        for (Series s : regions) {
            ScatterSeries scatter = (ScatterSeries) s;
            assertTrue(scatter.data().hasTime(), "steps are times for the linked cursor");
            points += scatter.data().size();
        }
        assertEquals(AlRnnFigures.SYMBOL_STRIP_STEPS, points, "every shown step is in exactly one region");

        Figure graph = build(specs().get(2));
        List<Series> series = graph.panels().get(0).series();
        List<ScatterSeries> nodes = series.stream().filter(s -> s.id().startsWith("node-")).map(s -> (ScatterSeries) s).toList();
        assertEquals(3, nodes.size());
        assertTrue(nodes.get(0).markerPt() >= nodes.get(1).markerPt() && nodes.get(1).markerPt() >= nodes.get(2).markerPt(),
                "node size follows occupancy (most occupied first)");
        assertFalse(series.stream().noneMatch(s -> s.id().startsWith("edge-")), "transitions are drawn");
    }

    @Test
    void everyInstalledToolHasAUniqueIdAndTheAlRnnToolIsOne() {
        Set<String> ids = new HashSet<>();
        for (Tool tool : ServiceLoader.load(Tool.class)) {
            assertTrue(ids.add(tool.id()), "duplicate id " + tool.id());
        }
        assertTrue(ids.contains(AlRnnTool.ID));
    }

    private static Figure build(FigureSpec spec) throws Exception {
        Figure f = spec.build(FigureRequest.withoutOpenGl(spec.defaultSize(), 100));
        assertEquals(spec.id(), f.id());
        return f;
    }
}

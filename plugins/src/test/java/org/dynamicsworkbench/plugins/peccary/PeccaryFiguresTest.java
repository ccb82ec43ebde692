package org.dynamicsworkbench.plugins.peccary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dynamicsworkbench.analysis.ordinal.ComplexityBounds;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.figure.AreaSeries;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.junit.jupiter.api.Test;

/** The figures a saved state offers, built headless as the command line's export builds them. */
class PeccaryFiguresTest {
    private static final String STATE = "{\"series\": [{\"system\": \"Lorenz\", \"column\": \"x\", \"steps\": 4000, \"dt\": 0.01},"
            + " {\"system\": \"Henon\", \"column\": 0, \"steps\": 4000}], \"n\": 4, \"tau\": 2, \"tauSweep\": {\"from\": 1, \"to\": 6}}";

    @Test
    void thePlaneAndHistogramCarryTheirSeries() throws Exception {
        List<FigureSpec> specs = new PeccaryTool().figuresFor(new ObjectMapper().readTree(STATE));
        assertEquals(List.of("peccary.plane", "peccary.histogram"), specs.stream().map(FigureSpec::id).toList());
        assertFalse(specs.get(0).needsOpenGl());
        Figure plane = specs.get(0).build(FigureRequest.withoutOpenGl(PeccaryFigures.PLANE_SIZE, 150));
        Panel p = plane.panels().get(0);
        for (String id : List.of("region-regular", "region-periodic", "region-complex")) {
            assertInstanceOf(AreaSeries.class, p.seriesById(id), id);
        }
        LineSeries cmax = (LineSeries) p.seriesById("cmax");
        ComplexityBounds bounds = new ComplexityBounds(4);
        for (int i = 0; i < cmax.data().size(); i += 50) {
            assertEquals(bounds.cmax(cmax.data().x(i)), cmax.data().y(i), 1e-12, "C_max is the exact curve");
        }
        ScatterSeries lorenz = (ScatterSeries) p.seriesById("point-0");
        ScatterSeries henon = (ScatterSeries) p.seriesById("point-1");
        assertTrue(lorenz.argb() != henon.argb(), "each series has its own colour");
        assertEquals(6, ((LineSeries) p.seriesById("sweep-0")).data().size(), "one sweep point per tau");
        // the sweep path passes through the tau = 2 point
        assertEquals(lorenz.data().x(0), ((LineSeries) p.seriesById("sweep-0")).data().x(1), 1e-15);

        Figure histogram = specs.get(1).build(FigureRequest.withoutOpenGl(PeccaryFigures.HISTOGRAM_SIZE, 150));
        BarSeries bars = (BarSeries) histogram.panels().get(0).seriesById("patterns-0");
        assertEquals(24, bars.size(), "4! patterns");
        double sum = 0;
        for (int i = 0; i < bars.size(); i++) {
            sum += bars.height(i);
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(24, ((BarSeries) histogram.panels().get(0).seriesById("patterns-1")).size());
    }

    @Test
    void aMalformedStateIsRejectedWhenListing() {
        ToolStateException e = assertThrows(ToolStateException.class,
                () -> new PeccaryTool().figuresFor(new ObjectMapper().readTree("{\"series\": [{\"system\": \"Nope\"}]}")));
        assertTrue(e.getMessage().startsWith("state.series[0].system: "), e.getMessage());
    }

    @Test
    void thePlaneBuildsForEveryEmbeddingDimensionTheToolOffers() throws Exception {
        for (int n = 3; n <= 8; n++) {
            String state = "{\"series\": [{\"system\": \"Lorenz\", \"column\": \"x\", \"steps\": 3000, \"dt\": 0.01}],"
                    + " \"n\": " + n + ", \"tau\": 2}";
            FigureSpec plane = new PeccaryTool().figuresFor(new ObjectMapper().readTree(state)).get(0);
            Panel p = plane.build(FigureRequest.withoutOpenGl(PeccaryFigures.PLANE_SIZE, 150)).panels().get(0);
            assertInstanceOf(AreaSeries.class, p.seriesById("region-regular"), "n = " + n);
            assertInstanceOf(ScatterSeries.class, p.seriesById("point-0"), "n = " + n);
        }
    }
}

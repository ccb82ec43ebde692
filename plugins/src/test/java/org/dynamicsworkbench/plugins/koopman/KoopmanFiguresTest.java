package org.dynamicsworkbench.plugins.koopman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.render.figure.ContourSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.Guide;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.junit.jupiter.api.Test;

/** The three figures of a saved state, built headless as the command line's export builds them. */
class KoopmanFiguresTest {

    @Test
    void spectrumPseudospectrumAndHavokCarryTheirSeries() throws Exception {
        List<FigureSpec> specs = new KoopmanTool().figuresFor(new ObjectMapper().readTree(
                "{\"series\": {\"system\": \"Lorenz\", \"steps\": 3000, \"dt\": 0.02}, \"dictionary\": \"poly:2\","
                        + " \"grid\": 12, \"havok\": {\"delays\": 30, \"rank\": 5}, \"selected\": 0}"));
        assertEquals(List.of("koopman.spectrum", "koopman.pseudospectrum", "koopman.havok"),
                specs.stream().map(FigureSpec::id).toList());
        Figure spectrum = specs.get(0).build(FigureRequest.withoutOpenGl(KoopmanFigures.SPECTRUM_SIZE, 150));
        var panel = spectrum.panels().get(0);
        assertTrue(panel.guides().contains(Guide.UNIT_CIRCLE));
        assertInstanceOf(ScatterSeries.class, panel.seriesById("selected"));
        Figure pseudo = specs.get(1).build(FigureRequest.withoutOpenGl(KoopmanFigures.PSEUDOSPECTRUM_SIZE, 150));
        ContourSeries contours = (ContourSeries) pseudo.panels().get(0).seriesById("tau");
        assertEquals(12, contours.grid().nx());
        Figure havok = specs.get(2).build(FigureRequest.withoutOpenGl(KoopmanFigures.HAVOK_SIZE, 150));
        LineSeries forcing = (LineSeries) havok.panelById("forcing").seriesById("forcing");
        assertEquals(3001 - 30 + 1, forcing.data().size(), "one forcing sample per Hankel column");
        assertInstanceOf(ScatterSeries.class, havok.panelById("series").seriesById("active"));
    }

    @Test
    void residualBandsSplitAtPowersOfTen() {
        assertEquals(0, KoopmanFigures.band(5e-4));
        assertEquals(1, KoopmanFigures.band(1e-3));
        assertEquals(2, KoopmanFigures.band(0.05));
        assertEquals(3, KoopmanFigures.band(0.5));
    }
}

package org.dynamicsworkbench.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureTest {
    private static LineSeries line(String id) {
        return LineSeries.of(id, "", XYData.of(new double[] {0, 1}, new double[] {0, 1}), Palette.category(0));
    }

    @Test
    void seriesIdsAreUniqueAcrossTheFigure() {
        Panel a = Panel.of("a", Axis.linear("x"), Axis.linear("y"), line("s"));
        Panel b = Panel.of("b", Axis.linear("x"), Axis.linear("y"), line("s"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Figure("f", "", List.of(a, b), 2, FigureSize.millimetres(89, 60)));
        assertEquals("figure 'f': series id 's' is used in panels 'a' and 'b'", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> line("Bad Id")).getMessage().contains("'Bad Id'"));
    }

    @Test
    void panelsAreLetteredInOrder() {
        assertEquals("(a)", Figure.panelLetter(0));
        assertEquals("(d)", Figure.panelLetter(3));
        assertEquals("(z)", Figure.panelLetter(25));
        assertEquals("(aa)", Figure.panelLetter(26));
        assertEquals(2, DemoFigures.lorenzOverview().rows());
        assertEquals(List.of("lorenz-x", "lorenz-xz-points", "lorenz-xz-density", "multipliers"),
                DemoFigures.lorenzOverview().seriesIds());
    }

    @Test
    void presetsHaveJournalWidths() {
        assertEquals(89, PublicationPreset.fromId("single").withAspect(1.5).widthMm(), 1e-9);
        assertEquals(80, PublicationPreset.ONE_HALF.withAspect(1.5).heightMm(), 1e-9);
        assertEquals(183 * 72 / 25.4, PublicationPreset.DOUBLE.withHeightMm(100).widthPt(), 1e-9);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PublicationPreset.fromId("triple")).getMessage()
                .contains("valid: single, onehalf, double"));
    }

    @Test
    void cursorFindsTheNearestTime() {
        XYData d = XYData.timeSeries(new double[] {0, 1, 2, 3}, new double[] {5, 6, 7, 8});
        assertEquals(1, d.indexNearestTime(1.4));
        assertEquals(2, d.indexNearestTime(1.6));
        assertEquals(3, d.indexNearestTime(99));
        assertEquals(0, d.indexNearestTime(-99));
        assertTrue(d.xIsTime());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new XYData(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0})).getMessage()
                .contains("non-decreasing"));
    }

    @Test
    void complexPlaneHasEqualAspectAndTheUnitCircle() {
        Panel p = Panel.complexPlane("ev", "", ScatterSeries.of("ev-points", "", XYData.of(new double[] {0.5}, new double[] {0}),
                Palette.category(0)));
        assertTrue(p.equalAspect());
        assertEquals(Set.of(Guide.UNIT_CIRCLE, Guide.ZERO_LINES), p.guides());
        assertEquals("Re \u03BB", RichText.parse(p.x().label()).plainText());
    }
}

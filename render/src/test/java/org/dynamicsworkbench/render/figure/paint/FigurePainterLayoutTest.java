package org.dynamicsworkbench.render.figure.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.RichText;
import org.dynamicsworkbench.render.figure.XYData;
import org.junit.jupiter.api.Test;

class FigurePainterLayoutTest {

    @Test
    void panelsStackedInAColumnShareTheirPlotsLeftEdge() {
        double[] t = {0, 1, 2, 3};
        Panel narrow = Panel.of("narrow", Axis.linear("t"), Axis.linear("x"),
                LineSeries.of("a", "a", XYData.timeSeries(t, new double[] {0, 1, 0, 1}), 0xff0072b2));
        Panel wide = Panel.of("wide", Axis.linear("t"), Axis.linear("y"),
                LineSeries.of("b", "b", XYData.timeSeries(t, new double[] {-12345.5, 98765.25, 0, 5e4}), 0xffd55e00));
        Figure figure = new Figure("stack", "", List.of(narrow, wide), 1, FigureSize.millimetres(89, 80));

        FigureLayout layout = paint(figure);
        PanelGeometry a = layout.panel("narrow");
        PanelGeometry b = layout.panel("wide");
        assertEquals(a.plotArea().x(), b.plotArea().x(), 1e-9, "the same t maps to the same x in both panels");
        assertEquals(a.x().toPosition(2.0), b.x().toPosition(2.0), 1e-9);

        // on its own the narrow-label panel would start further left: the alignment really moved it
        double alone = PanelLayout.compute(narrow, a.cell(), FigureTheme.export(), true).plotArea().x();
        assertTrue(alone < a.plotArea().x() - 1, "natural " + alone + " vs aligned " + a.plotArea().x());
    }

    @Test
    void aLegendOutsideRightNarrowsThePlotAndLiesBesideIt() {
        double[] t = {0, 1, 2, 3};
        LineSeries a = LineSeries.of("a", "a long legend label", XYData.timeSeries(t, new double[] {0, 1, 0, 1}),
                0xff0072b2);
        Panel inside = Panel.of("p", Axis.linear("t"), Axis.linear("x"), a).withLegend(LegendPosition.UPPER_RIGHT);
        Panel outside = inside.withLegend(LegendPosition.OUTSIDE_RIGHT);
        FigureSize size = FigureSize.millimetres(89, 60);
        PanelGeometry in = paint(new Figure("in", "", List.of(inside), 1, size)).panel("p");
        PanelGeometry out = paint(new Figure("out", "", List.of(outside), 1, size)).panel("p");
        double legendWidth = LegendPainter.outsideWidth(outside, FigureTheme.export());
        assertTrue(legendWidth > 20, "the label takes room: " + legendWidth);
        assertEquals(0, LegendPainter.outsideWidth(inside, FigureTheme.export()), "a legend inside takes none");
        assertEquals(in.plotArea().width() - legendWidth, out.plotArea().width(), 1e-6);
        assertTrue(out.plotArea().right() + legendWidth <= out.cell().right() + 1e-6, "the legend fits in the cell");
    }

    @Test
    void aCategoryAxisLabelsItsTicksByName() {
        Panel bars = Panel.of("bars", Axis.categories("concept", List.of("concept 1", "concept 2")),
                Axis.linear("time"), new BarSeries("b", "b", new double[] {1, 2}, new double[] {5, 7}, 0.4, 0xff0072b2));
        PanelLayout layout = PanelLayout.compute(bars, new Box(0, 0, 250, 200), FigureTheme.export(), false);
        assertArrayEquals(new double[] {1, 2}, layout.xTicks().values());
        assertEquals(List.of("concept 1", "concept 2"),
                layout.xTicks().labels().stream().map(RichText::plainText).toList());
    }

    private static FigureLayout paint(Figure figure) {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            return FigurePainter.paint(g, figure, 252, 227, FigureTheme.export(), Double.NaN);
        } finally {
            g.dispose();
        }
    }
}

package org.dynamicsworkbench.render.figure.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
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

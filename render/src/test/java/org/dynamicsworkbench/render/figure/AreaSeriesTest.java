package org.dynamicsworkbench.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.dynamicsworkbench.render.figure.paint.FigurePainter;
import org.junit.jupiter.api.Test;

/** A filled polygon series: validation, extents, and that the painter fills its inside and not its outside. */
class AreaSeriesTest {

    @Test
    void validatesAndReportsItsExtent() {
        AreaSeries a = new AreaSeries("band", "band", new double[] {0, 1, 1}, new double[] {0, 0, 2}, 0x80ff0000);
        assertEquals(new Range(0, 1), a.xExtent(AxisScale.LINEAR));
        assertEquals(new Range(0, 2), a.yExtent(AxisScale.LINEAR));
        assertThrows(IllegalArgumentException.class, () -> new AreaSeries("a", "", new double[] {0, 1}, new double[] {0, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> new AreaSeries("a", "", new double[] {0, 1, 2}, new double[] {0, 1}, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new AreaSeries("a", "", new double[] {0, 1, Double.NaN}, new double[] {0, 1, 2}, 0));
    }

    @Test
    void thePainterFillsTheInsideOnly() {
        // the lower-right triangle of the unit square, in pure red
        AreaSeries a = new AreaSeries("tri", "triangle", new double[] {0, 1, 1}, new double[] {0, 0, 1}, 0xffff0000);
        Panel panel = new Panel("p", "", Axis.linear("x").withRange(new Range(0, 1)), Axis.linear("y").withRange(new Range(0, 1)),
                List.of(a), LegendPosition.NONE, false, Set.of());
        Figure figure = new Figure("area", "", List.of(panel), 1, FigureSize.millimetres(60, 60));
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        var layout = FigurePainter.paint(g, figure, 400, 400, FigureTheme.export(), Double.NaN);
        g.dispose();
        var geometry = layout.panels().get(0);
        double inX = geometry.x().toPosition(0.8);
        double inY = geometry.y().toPosition(0.2);
        double outX = geometry.x().toPosition(0.2);
        double outY = geometry.y().toPosition(0.8);
        int inside = image.getRGB((int) inX, (int) inY);
        int outside = image.getRGB((int) outX, (int) outY);
        assertEquals(0xffff0000, inside | 0xff000000, "inside is red");
        assertTrue((outside & 0x00ffffff) != 0xff0000, "outside is not red");
    }
}

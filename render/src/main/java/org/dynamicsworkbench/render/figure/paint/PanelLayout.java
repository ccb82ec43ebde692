package org.dynamicsworkbench.render.figure.paint;

import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.AxisScale;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.Guide;
import org.dynamicsworkbench.render.figure.HeatMapSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.RichText;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.TickSet;
import org.dynamicsworkbench.render.figure.Ticks;

/**
 * The layout of one panel inside its cell: the axis ranges (fixed, or fitted to the data with a 4% margin
 * for points and lines, widened for equal aspect), the ticks, and the plot area left after the title,
 * tick labels, axis labels and colour bar have taken their room. All lengths in points, derived from the
 * theme's font size {@code f}: ticks 0.35 f long, 0.3 f padding, at least 2.5 f between y ticks.
 */
record PanelLayout(Box cell, Box plotArea, AxisMapping x, AxisMapping y, TickSet xTicks, TickSet yTicks,
                   HeatMapSeries colorBarSource, Box colorBar, TickSet colorBarTicks) {
    static final double MARGIN = 0.04;

    static double tickLength(FigureTheme theme) {
        return 0.35 * theme.fontSizePt();
    }

    static double padding(FigureTheme theme) {
        return 0.3 * theme.fontSizePt();
    }

    static PanelLayout compute(Panel panel, Box cell, FigureTheme theme, boolean lettered) {
        return compute(panel, cell, theme, lettered, 0);
    }

    /**
     * As above with the plot area starting at least {@code minLeft} points right of the cell's left edge, so
     * that panels stacked in one column share their plot's left edge (and so their x positions).
     */
    static PanelLayout compute(Panel panel, Box cell, FigureTheme theme, boolean lettered, double minLeft) {
        double f = theme.fontSizePt();
        TextStyle text = new TextStyle(theme.fontFamily(), f, false);
        double tick = tickLength(theme);
        double pad = padding(theme);
        double line = text.lineHeight();
        double scriptLine = line + TextStyle.SUB_SHIFT * f;
        RichText xLabel = RichText.parse(panel.x().label());
        RichText yLabel = RichText.parse(panel.y().label());

        double top = (lettered || !panel.title().isEmpty()) ? scriptLine + pad : 0.6 * f;
        double bottom = tick + pad + line + TextStyle.SUPER_SHIFT * f * 0.5 + (xLabel.isEmpty() ? 0 : pad + scriptLine) + 0.2 * f;

        HeatMapSeries barSource = null;
        for (Series s : panel.series()) {
            if (s instanceof HeatMapSeries h && h.colorBar()) {
                barSource = h;
                break;
            }
        }
        double plotTop = cell.y() + top;
        double plotH = Math.max(1, cell.height() - top - bottom);
        TickSet barTicks = null;
        double barWidth = 0.9 * f;
        double right;
        if (barSource != null) {
            barTicks = Ticks.linear(barSource.scale().range(), maxTicks(plotH, 2.5 * f));
            double labelW = maxWidth(text, barTicks);
            RichText barLabel = RichText.parse(barSource.scale().label());
            right = f + barWidth + tick + pad + labelW + (barLabel.isEmpty() ? 0 : pad + scriptLine) + 0.2 * f;
        } else {
            right = 0.8 * f;
        }
        right += LegendPainter.outsideWidth(panel, theme);

        Range xRange = resolve(panel, panel.x(), true);
        Range yRange = resolve(panel, panel.y(), false);
        Range xData = xRange;
        Range yData = yRange;
        TickSet yTicks = null;
        TickSet xTicks = null;
        double left = 0;
        double plotW = 1;
        for (int pass = 0; pass < 3; pass++) {
            yTicks = ticks(panel.y(), yRange, maxTicks(plotH, 2.5 * f));
            left = Math.max(minLeft,
                    tick + pad + maxWidth(text, yTicks) + (yLabel.isEmpty() ? 0 : pad + scriptLine) + 0.2 * f);
            plotW = Math.max(1, cell.width() - left - right);
            if (!panel.equalAspect() || panel.x().scale() != AxisScale.LINEAR || panel.y().scale() != AxisScale.LINEAR) {
                break;
            }
            double perPt = Math.max(xData.length() / plotW, yData.length() / plotH);
            Range nx = centred(xData, perPt * plotW);
            Range ny = centred(yData, perPt * plotH);
            boolean stable = nx.equals(xRange) && ny.equals(yRange);
            xRange = nx;
            yRange = ny;
            if (stable) {
                break;
            }
        }
        yTicks = ticks(panel.y(), yRange, maxTicks(plotH, 2.5 * f));
        int maxX = maxTicks(plotW, 4 * f);
        xTicks = ticks(panel.x(), xRange, maxX);
        while (panel.x().categories().isEmpty() && maxX > 2
                && maxWidth(text, xTicks) * xTicks.size() + f * (xTicks.size() - 1) > plotW) {
            maxX--;
            xTicks = Ticks.of(xRange, panel.x().scale(), maxX);
        }
        Box plot = new Box(cell.x() + left, plotTop, plotW, plotH);
        AxisMapping xMap = new AxisMapping(xRange, panel.x().scale(), plot.x(), plot.right());
        AxisMapping yMap = new AxisMapping(yRange, panel.y().scale(), plot.bottom(), plot.y());
        Box bar = barSource == null ? null : new Box(plot.right() + f, plot.y(), barWidth, plot.height());
        return new PanelLayout(cell, plot, xMap, yMap, xTicks, yTicks, barSource, bar, barTicks);
    }

    /** The axis's category ticks, or its numeric ticks over {@code range}. */
    private static TickSet ticks(Axis axis, Range range, int maxTicks) {
        TickSet categories = axis.categoryTicks(range);
        return categories != null ? categories : Ticks.of(range, axis.scale(), maxTicks);
    }

    /** How many ticks fit along {@code length} points with at least {@code spacing} between them (2 to 10). */
    static int maxTicks(double length, double spacing) {
        return (int) Math.max(2, Math.min(10, Math.floor(length / spacing) + 1));
    }

    static double maxWidth(TextStyle text, TickSet ticks) {
        double w = 0;
        for (RichText label : ticks.labels()) {
            w = Math.max(w, text.width(label));
        }
        return w;
    }

    private static Range centred(Range r, double length) {
        double c = (r.min() + r.max()) / 2;
        return new Range(c - length / 2, c + length / 2);
    }

    /** The fixed range of {@code axis}, or the union of the series' extents (and guides) with a margin. */
    static Range resolve(Panel panel, Axis axis, boolean horizontal) {
        if (axis.range() != null) {
            return axis.range();
        }
        AxisScale scale = axis.scale();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean padded = false;
        for (Series s : panel.series()) {
            Range r = horizontal ? s.xExtent(scale) : s.yExtent(scale);
            if (r != null) {
                lo = Math.min(lo, r.min());
                hi = Math.max(hi, r.max());
                padded |= s.padded();
            }
        }
        if (panel.guides().contains(Guide.UNIT_CIRCLE) && scale == AxisScale.LINEAR) {
            lo = Math.min(lo, -1);
            hi = Math.max(hi, 1);
            padded = true;
        }
        if (lo > hi) {
            return scale == AxisScale.LOG ? new Range(1, 10) : new Range(0, 1);
        }
        if (lo == hi) {
            return scale == AxisScale.LOG ? new Range(lo / 2, lo * 2) : new Range(lo - (lo == 0 ? 1 : Math.abs(lo) * 0.1),
                    hi + (hi == 0 ? 1 : Math.abs(hi) * 0.1));
        }
        if (!padded) {
            return new Range(lo, hi);
        }
        double u0 = scale.forward(lo);
        double u1 = scale.forward(hi);
        double m = (u1 - u0) * MARGIN;
        return new Range(scale.inverse(u0 - m), scale.inverse(u1 + m));
    }
}

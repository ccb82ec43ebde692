package org.dynamicsworkbench.render.figure.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.render.figure.AreaSeries;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.ContourSeries;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.RichText;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.VectorFieldSeries;

/**
 * The legend inside a corner of the plot area (or beside it, on the right): one row per labelled line, scatter, bar, contour or vector
 * series, a key (line, dot or square) and the label, on the background colour at 85% opacity with a thin frame.
 */
final class LegendPainter {
    private LegendPainter() {
    }

    private record Entry(Series series, RichText label) {
    }

    /** The legend's labelled entries, in series order (empty when it shows none). */
    private static List<Entry> entries(Panel panel) {
        List<Entry> entries = new ArrayList<>();
        if (panel.legend() == LegendPosition.NONE) {
            return entries;
        }
        for (Series s : panel.series()) {
            if (!s.label().isEmpty() && (s instanceof LineSeries || s instanceof ScatterSeries || s instanceof BarSeries
                    || s instanceof ContourSeries || s instanceof VectorFieldSeries || s instanceof AreaSeries)) {
                entries.add(new Entry(s, RichText.parse(s.label())));
            }
        }
        return entries;
    }

    /**
     * The width a legend {@link LegendPosition#OUTSIDE_RIGHT} takes beside the plot area, gap included; 0 for a
     * legend inside the plot area or none.
     */
    static double outsideWidth(Panel panel, FigureTheme theme) {
        if (panel.legend() != LegendPosition.OUTSIDE_RIGHT) {
            return 0;
        }
        List<Entry> entries = entries(panel);
        return entries.isEmpty() ? 0 : 0.4 * theme.fontSizePt() + boxWidth(entries, theme);
    }

    private static double boxWidth(List<Entry> entries, FigureTheme theme) {
        double f = theme.fontSizePt();
        TextStyle text = new TextStyle(theme.fontFamily(), f, false);
        double labelW = 0;
        for (Entry e : entries) {
            labelW = Math.max(labelW, text.width(e.label()));
        }
        return 0.4 * f + 1.6 * f + 0.4 * f + labelW + 0.4 * f;
    }

    static void paint(Graphics2D g, Panel panel, Box plot, FigureTheme theme) {
        List<Entry> entries = entries(panel);
        if (entries.isEmpty()) {
            return;
        }
        double f = theme.fontSizePt();
        TextStyle text = new TextStyle(theme.fontFamily(), f, false);
        double row = text.lineHeight() * 1.15;
        double key = 1.6 * f;
        double pad = 0.4 * f;
        double w = boxWidth(entries, theme);
        double h = pad + row * entries.size() + pad * 0.5;
        double inset = 0.4 * f;
        LegendPosition pos = panel.legend();
        boolean outside = pos == LegendPosition.OUTSIDE_RIGHT;
        boolean right = pos == LegendPosition.UPPER_RIGHT || pos == LegendPosition.LOWER_RIGHT;
        boolean upper = pos == LegendPosition.UPPER_RIGHT || pos == LegendPosition.UPPER_LEFT || outside;
        double x = outside ? plot.right() + inset : right ? plot.right() - inset - w : plot.x() + inset;
        double y = outside ? plot.y() : upper ? plot.y() + inset : plot.bottom() - inset - h;
        int bg = theme.background();
        g.setColor(new Color((bg >> 16) & 0xff, (bg >> 8) & 0xff, bg & 0xff, 217));
        Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
        g.fill(box);
        g.setColor(PanelPainter.blend(theme.foreground(), theme.background(), 0.6));
        g.setStroke(new BasicStroke((float) (theme.lineWidthPt() * 0.7)));
        g.draw(box);
        Color ink = SeriesPainter.color(theme.foreground());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double baseline = y + pad + i * row + text.ascent();
            double mid = baseline - (text.ascent() - text.descent()) / 2;
            paintKey(g, e.series(), x + pad, mid, key, f);
            text.draw(g, e.label(), x + pad + key + pad, baseline, ink);
        }
    }

    private static void paintKey(Graphics2D g, Series s, double x, double mid, double key, double f) {
        if (s instanceof LineSeries l) {
            g.setColor(SeriesPainter.color(l.argb()));
            g.setStroke(new BasicStroke((float) Math.max(l.widthPt(), 1.0), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(x, mid, x + key, mid));
        } else if (s instanceof ScatterSeries sc) {
            double d = Math.max(sc.markerPt(), 0.45 * f);
            g.setColor(SeriesPainter.color(sc.argb()));
            g.fill(new Ellipse2D.Double(x + key / 2 - d / 2, mid - d / 2, d, d));
        } else if (s instanceof BarSeries b) {
            g.setColor(SeriesPainter.color(b.argb()));
            g.fill(new Rectangle2D.Double(x + key / 2 - 0.35 * f, mid - 0.35 * f, 0.7 * f, 0.7 * f));
        } else if (s instanceof ContourSeries c) {
            g.setColor(SeriesPainter.color(c.colors().argb((c.colors().range().min() + c.colors().range().max()) / 2)));
            g.setStroke(new BasicStroke((float) c.widthPt()));
            g.draw(new Line2D.Double(x, mid, x + key, mid));
        } else if (s instanceof AreaSeries a) {
            g.setColor(SeriesPainter.color(a.argb()));
            g.fill(new Rectangle2D.Double(x + key / 2 - 0.45 * f, mid - 0.35 * f, 0.9 * f, 0.7 * f));
        } else if (s instanceof VectorFieldSeries v) {
            g.setColor(SeriesPainter.color(v.argb()));
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Line2D.Double(x, mid, x + key, mid));
        }
    }
}

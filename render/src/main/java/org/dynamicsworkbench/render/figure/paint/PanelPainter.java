package org.dynamicsworkbench.render.figure.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.Guide;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.RichText;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.TickSet;
import org.dynamicsworkbench.render.figure.XYData;
import org.jfree.svg.SVGHints;

/**
 * Paints one panel from its {@link PanelLayout}: guides, series (clipped to the plot area, each in an SVG group
 * named by its id), the linked-cursor marks, the frame with outward ticks, tick and axis labels, the title,
 * the panel letter, the legend and the colour bar.
 */
final class PanelPainter {
    private PanelPainter() {
    }

    static PanelGeometry paint(Graphics2D g, Panel panel, Box cell, String letter, FigureTheme theme, double cursorTime,
                               double minLeft) {
        PanelLayout layout = PanelLayout.compute(panel, cell, theme, letter != null, minLeft);
        Box plot = layout.plotArea();
        Color ink = SeriesPainter.color(theme.foreground());
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "panel-" + panel.id());

        Shape savedClip = g.getClip();
        g.clip(plot.toRectangle());
        paintGuides(g, panel, layout, theme);
        for (Series s : panel.series()) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, s.id());
            SeriesPainter.paint(g, s, layout.x(), layout.y());
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
        if (!Double.isNaN(cursorTime)) {
            paintCursor(g, panel, layout, ink, cursorTime);
        }
        g.setClip(savedClip);

        g.setColor(ink);
        g.setStroke(new BasicStroke((float) theme.lineWidthPt(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        g.draw(plot.toRectangle());
        paintAxes(g, panel, layout, theme, ink);
        TextStyle text = new TextStyle(theme.fontFamily(), theme.fontSizePt(), false);
        double titleBaseline = cell.y() + text.ascent();
        if (letter != null) {
            new TextStyle(theme.fontFamily(), theme.fontSizePt(), true).draw(g, RichText.plain(letter), cell.x(),
                    titleBaseline, ink);
        }
        RichText title = RichText.parse(panel.title());
        if (!title.isEmpty()) {
            double cx = plot.x() + plot.width() / 2;
            text.draw(g, title, cx - text.width(title) / 2, titleBaseline, ink);
        }
        LegendPainter.paint(g, panel, plot, theme);
        if (layout.colorBarSource() != null) {
            ColorBarPainter.paint(g, layout, theme);
        }
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        return new PanelGeometry(panel.id(), cell, plot, layout.x(), layout.y());
    }

    private static void paintAxes(Graphics2D g, Panel panel, PanelLayout layout, FigureTheme theme, Color ink) {
        Box plot = layout.plotArea();
        double tick = PanelLayout.tickLength(theme);
        double pad = PanelLayout.padding(theme);
        TextStyle text = new TextStyle(theme.fontFamily(), theme.fontSizePt(), false);
        Path2D.Double ticks = new Path2D.Double();
        TickSet xt = layout.xTicks();
        double labelTop = plot.bottom() + tick + pad;
        for (int i = 0; i < xt.size(); i++) {
            double px = layout.x().toPosition(xt.value(i));
            ticks.moveTo(px, plot.bottom());
            ticks.lineTo(px, plot.bottom() + tick);
            RichText label = xt.labels().get(i);
            text.draw(g, label, px - text.width(label) / 2, labelTop + text.ascent(), ink);
        }
        for (double v : xt.minor()) {
            double px = layout.x().toPosition(v);
            ticks.moveTo(px, plot.bottom());
            ticks.lineTo(px, plot.bottom() + tick * 0.55);
        }
        TickSet yt = layout.yTicks();
        double widest = PanelLayout.maxWidth(text, yt);
        for (int i = 0; i < yt.size(); i++) {
            double py = layout.y().toPosition(yt.value(i));
            ticks.moveTo(plot.x(), py);
            ticks.lineTo(plot.x() - tick, py);
            RichText label = yt.labels().get(i);
            text.draw(g, label, plot.x() - tick - pad - text.width(label), py + (text.ascent() - text.descent()) / 2, ink);
        }
        for (double v : yt.minor()) {
            double py = layout.y().toPosition(v);
            ticks.moveTo(plot.x(), py);
            ticks.lineTo(plot.x() - tick * 0.55, py);
        }
        g.setColor(ink);
        g.draw(ticks);
        double line = text.lineHeight();
        RichText xLabel = RichText.parse(panel.x().label());
        if (!xLabel.isEmpty()) {
            double cy = labelTop + line + TextStyle.SUPER_SHIFT * theme.fontSizePt() * 0.5 + pad + line / 2;
            text.drawCentred(g, xLabel, plot.x() + plot.width() / 2, cy, 0, ink);
        }
        RichText yLabel = RichText.parse(panel.y().label());
        if (!yLabel.isEmpty()) {
            double cx = plot.x() - tick - pad - widest - pad - line / 2;
            text.drawCentred(g, yLabel, cx, plot.y() + plot.height() / 2, 1, ink);
        }
    }

    private static void paintGuides(Graphics2D g, Panel panel, PanelLayout layout, FigureTheme theme) {
        Box plot = layout.plotArea();
        g.setStroke(new BasicStroke((float) (theme.lineWidthPt() * 0.8), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {2f, 2f}, 0f));
        g.setColor(blend(theme.foreground(), theme.background(), 0.55));
        if (panel.guides().contains(Guide.ZERO_LINES)) {
            double px = layout.x().toPosition(0);
            double py = layout.y().toPosition(0);
            if (Double.isFinite(px)) {
                g.draw(new Line2D.Double(px, plot.y(), px, plot.bottom()));
            }
            if (Double.isFinite(py)) {
                g.draw(new Line2D.Double(plot.x(), py, plot.right(), py));
            }
        }
        if (panel.guides().contains(Guide.UNIT_CIRCLE)) {
            double x0 = layout.x().toPosition(-1);
            double x1 = layout.x().toPosition(1);
            double y0 = layout.y().toPosition(1);
            double y1 = layout.y().toPosition(-1);
            if (Double.isFinite(x0 + x1 + y0 + y1)) {
                g.setStroke(new BasicStroke((float) theme.lineWidthPt()));
                g.draw(new Ellipse2D.Double(x0, y0, x1 - x0, y1 - y0));
            }
        }
    }

    /** A vertical line at the cursor time on time-series panels and a ring on the point of that time. */
    private static void paintCursor(Graphics2D g, Panel panel, PanelLayout layout, Color ink, double time) {
        g.setStroke(new BasicStroke(1f));
        g.setColor(ink);
        boolean lineDrawn = false;
        for (Series s : panel.series()) {
            XYData d = s instanceof LineSeries l ? l.data() : s instanceof ScatterSeries sc ? sc.data() : null;
            if (d == null || !d.hasTime()) {
                continue;
            }
            if (!lineDrawn && d.xIsTime()) {
                double px = layout.x().toPosition(time);
                if (Double.isFinite(px)) {
                    g.draw(new Line2D.Double(px, layout.plotArea().y(), px, layout.plotArea().bottom()));
                }
                lineDrawn = true;
            }
            int i = d.indexNearestTime(time);
            double px = layout.x().toPosition(d.x(i));
            double py = layout.y().toPosition(d.y(i));
            if (Double.isFinite(px) && Double.isFinite(py)) {
                g.draw(new Ellipse2D.Double(px - 3, py - 3, 6, 6));
            }
        }
    }

    static Color blend(int argbA, int argbB, double t) {
        int r = (int) Math.round(((argbA >> 16) & 0xff) * (1 - t) + ((argbB >> 16) & 0xff) * t);
        int gr = (int) Math.round(((argbA >> 8) & 0xff) * (1 - t) + ((argbB >> 8) & 0xff) * t);
        int b = (int) Math.round((argbA & 0xff) * (1 - t) + (argbB & 0xff) * t);
        return new Color(r, gr, b);
    }
}

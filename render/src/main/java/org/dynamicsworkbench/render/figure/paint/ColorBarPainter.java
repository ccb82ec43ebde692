package org.dynamicsworkbench.render.figure.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.dynamicsworkbench.render.figure.AxisScale;
import org.dynamicsworkbench.render.figure.ColorScale;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.ImageSeries;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.RichText;
import org.dynamicsworkbench.render.figure.TickSet;
import org.dynamicsworkbench.render.gl.Frame;

/** The colour bar right of a panel's plot area: the map as a 256-step strip, a frame, ticks, labels, title. */
final class ColorBarPainter {
    private static final int STEPS = 256;

    private ColorBarPainter() {
    }

    static void paint(Graphics2D g, PanelLayout layout, FigureTheme theme) {
        Box bar = layout.colorBar();
        ColorScale scale = layout.colorBarSource().scale();
        Range range = scale.range();
        int[] strip = new int[STEPS];
        for (int k = 0; k < STEPS; k++) {
            strip[k] = scale.argb(range.max() - range.length() * (k + 0.5) / STEPS);
        }
        AxisMapping barX = new AxisMapping(new Range(0, 1), AxisScale.LINEAR,
                bar.x(), bar.right());
        AxisMapping barY = new AxisMapping(range, AxisScale.LINEAR, bar.bottom(), bar.y());
        SeriesPainter.paint(g, new ImageSeries("colorbar", "", new Frame(1, STEPS, strip),
                new Range(0, 1), range), barX, barY);
        Color ink = SeriesPainter.color(theme.foreground());
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) theme.lineWidthPt()));
        g.draw(bar.toRectangle());
        double tick = PanelLayout.tickLength(theme);
        double pad = PanelLayout.padding(theme);
        TextStyle text = new TextStyle(theme.fontFamily(), theme.fontSizePt(), false);
        TickSet ticks = layout.colorBarTicks();
        Path2D.Double marks = new Path2D.Double();
        for (int i = 0; i < ticks.size(); i++) {
            double py = barY.toPosition(ticks.value(i));
            marks.moveTo(bar.right(), py);
            marks.lineTo(bar.right() + tick, py);
            text.draw(g, ticks.labels().get(i), bar.right() + tick + pad, py + (text.ascent() - text.descent()) / 2, ink);
        }
        g.draw(marks);
        RichText label = RichText.parse(scale.label());
        if (!label.isEmpty()) {
            double cx = bar.right() + tick + pad + PanelLayout.maxWidth(text, ticks) + pad + text.lineHeight() / 2;
            text.drawCentred(g, label, cx, bar.y() + bar.height() / 2, 1, ink);
        }
    }
}

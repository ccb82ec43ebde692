package org.dynamicsworkbench.render.figure.paint;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.RichText;

/**
 * Paints a {@link Figure} onto any {@link Graphics2D} whose user unit is one point: the background, the figure
 * title, and the panels in a grid of {@code figure.columns()} columns, each lettered (a), (b), ... when there is
 * more than one. The same call serves the screen (FXGraphics2D), PNG (a scaled BufferedImage), SVG and PDF.
 *
 * <p>Axes, ticks, legends and colour bars are drawn by this package rather than by JFreeChart: measured here,
 * JFreeChart 1.5.6 draws an attributed axis label (needed for {@code \lambda_1}) as glyph outlines in SVG
 * instead of text, has no contour renderer and no equal-aspect option (the complex plane needs one); the tick
 * and layout code it would have saved is a few hundred lines, tested in {@code TicksTest} and the export tests.
 */
public final class FigurePainter {
    private FigurePainter() {
    }

    /** Paints {@code figure} at its own size with no cursor. */
    public static FigureLayout paint(Graphics2D g, Figure figure, FigureTheme theme) {
        return paint(g, figure, figure.size().widthPt(), figure.size().heightPt(), theme, Double.NaN);
    }

    /** Paints {@code figure} at {@code size} with no cursor. */
    public static FigureLayout paint(Graphics2D g, Figure figure, FigureSize size, FigureTheme theme) {
        return paint(g, figure, size.widthPt(), size.heightPt(), theme, Double.NaN);
    }

    /**
     * Paints {@code figure} into {@code [0, widthPt] x [0, heightPt]} of {@code g}'s user space, marking
     * {@code cursorTime} (NaN: no mark) on every series that carries times.
     *
     * @return where each panel went, to map pointer positions back to data
     */
    public static FigureLayout paint(Graphics2D g, Figure figure, double widthPt, double heightPt, FigureTheme theme,
                                     double cursorTime) {
        if (!(widthPt > 0) || !(heightPt > 0)) {
            throw new IllegalArgumentException("figure '" + figure.id() + "': paint size must be positive, got "
                    + widthPt + " x " + heightPt);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(SeriesPainter.color(theme.background()));
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, widthPt, heightPt));

        double f = theme.fontSizePt();
        double margin = 0.3 * f;
        double top = margin;
        RichText title = RichText.parse(figure.title());
        if (!title.isEmpty()) {
            TextStyle titleStyle = new TextStyle(theme.fontFamily(), f * 1.15, true);
            titleStyle.draw(g, title, widthPt / 2 - titleStyle.width(title) / 2, top + titleStyle.ascent(),
                    SeriesPainter.color(theme.foreground()));
            top += titleStyle.lineHeight() + TextStyle.SUB_SHIFT * f + margin;
        }
        int columns = figure.columns();
        int rows = figure.rows();
        double gap = 0.8 * f;
        double cellW = (widthPt - 2 * margin - gap * (columns - 1)) / columns;
        double cellH = (heightPt - top - margin - gap * (rows - 1)) / rows;
        int count = figure.panels().size();
        Box[] cells = new Box[count];
        // panels in one column share the left edge of their plot areas (the widest tick labels decide)
        double[] columnLeft = new double[columns];
        for (int k = 0; k < count; k++) {
            int row = k / columns;
            int col = k % columns;
            cells[k] = new Box(margin + col * (cellW + gap), top + row * (cellH + gap), Math.max(1, cellW), Math.max(1, cellH));
            PanelLayout natural = PanelLayout.compute(figure.panels().get(k), cells[k], theme, figure.lettered());
            columnLeft[col] = Math.max(columnLeft[col], natural.plotArea().x() - cells[k].x());
        }
        List<PanelGeometry> geometry = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String letter = figure.lettered() ? Figure.panelLetter(k) : null;
            geometry.add(PanelPainter.paint(g, figure.panels().get(k), cells[k], letter, theme, cursorTime,
                    columnLeft[k % columns]));
        }
        return new FigureLayout(geometry);
    }
}

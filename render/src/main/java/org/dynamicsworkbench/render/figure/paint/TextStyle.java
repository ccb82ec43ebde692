package org.dynamicsworkbench.render.figure.paint;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.text.AttributedString;
import java.util.Map;
import org.dynamicsworkbench.render.figure.RichText;

/**
 * Measures and draws {@link RichText} in one font: scripts at 70% size, subscripts 0.22 em below and
 * superscripts 0.38 em above the baseline. Each run is drawn with {@code drawString(String, ...)} so that SVG
 * keeps real text elements and every Graphics2D target shows the same layout; measurement uses a fixed
 * anti-aliased, fractional-metrics context so that layout does not depend on the target.
 */
public final class TextStyle {
    static final double SCRIPT_SCALE = 0.7;
    static final double SUB_SHIFT = 0.22;
    static final double SUPER_SHIFT = 0.38;
    private static final FontRenderContext MEASURE = new FontRenderContext(new AffineTransform(), true, true);

    private final Font font;
    private final Font scriptFont;

    /** Text in {@code family} at {@code sizePt}, bold when asked. */
    public TextStyle(String family, double sizePt, boolean bold) {
        font = new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) sizePt);
        scriptFont = font.deriveFont((float) (sizePt * SCRIPT_SCALE));
    }

    public double size() {
        return font.getSize2D();
    }

    /** Ascent of the normal font in points. */
    public double ascent() {
        return metrics().getAscent();
    }

    /** Descent of the normal font in points. */
    public double descent() {
        return metrics().getDescent();
    }

    /** Height of one line of text without scripts: ascent + descent. */
    public double lineHeight() {
        LineMetrics m = metrics();
        return m.getAscent() + m.getDescent();
    }

    private LineMetrics metrics() {
        return font.getLineMetrics("Xg", MEASURE);
    }

    /** Advance width of {@code text} in points. */
    public double width(RichText text) {
        double w = 0;
        for (RichText.Run run : text.runs()) {
            w += fontFor(run).getStringBounds(run.text(), MEASURE).getWidth();
        }
        return w;
    }

    /** Draws {@code text} with its baseline starting at {@code (x, baseline)}. */
    public void draw(Graphics2D g, RichText text, double x, double baseline, Color color) {
        g.setColor(color);
        double cursor = x;
        for (RichText.Run run : text.runs()) {
            Font f = fontFor(run);
            g.setFont(f);
            double y = baseline + switch (run.script()) {
                case SUB -> SUB_SHIFT * size();
                case SUPER -> -SUPER_SHIFT * size();
                case NORMAL -> 0;
            };
            g.drawString(run.text(), (float) cursor, (float) y);
            cursor += f.getStringBounds(run.text(), MEASURE).getWidth();
        }
    }

    /**
     * Draws {@code text} horizontally centred on {@code cx}, with its line box (ascent + descent) centred on
     * {@code cy}, rotated by {@code quadrants} quarter turns counter-clockwise about that centre.
     */
    public void drawCentred(Graphics2D g, RichText text, double cx, double cy, int quadrants, Color color) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        if (quadrants != 0) {
            g.rotate(-quadrants * Math.PI / 2);
        }
        draw(g, text, -width(text) / 2, (ascent() - descent()) / 2, color);
        g.setTransform(saved);
    }

    /**
     * {@code text} as an AttributedString in this style (scripts as {@link TextAttribute#SUPERSCRIPT}), for
     * Swing or AWT text components that lay it out themselves.
     */
    public AttributedString toAttributedString(RichText text) {
        AttributedString s = new AttributedString(text.plainText());
        if (text.isEmpty()) {
            return s;
        }
        s.addAttributes(Map.of(TextAttribute.FAMILY, font.getFamily(), TextAttribute.SIZE, font.getSize2D(),
                TextAttribute.WEIGHT, font.isBold() ? TextAttribute.WEIGHT_BOLD : TextAttribute.WEIGHT_REGULAR), 0,
                text.plainText().length());
        int at = 0;
        for (RichText.Run run : text.runs()) {
            int end = at + run.text().length();
            if (run.script() != RichText.Script.NORMAL) {
                s.addAttribute(TextAttribute.SUPERSCRIPT, run.script() == RichText.Script.SUB
                        ? TextAttribute.SUPERSCRIPT_SUB : TextAttribute.SUPERSCRIPT_SUPER, at, end);
            }
            at = end;
        }
        return s;
    }

    private Font fontFor(RichText.Run run) {
        return run.script() == RichText.Script.NORMAL ? font : scriptFont;
    }
}

package org.dynamicsworkbench.plugins.runs;

import java.util.Locale;

/** Text for figure titles and legends: run names escaped from the markup, numbers in a compact form. */
public final class FigureText {
    private FigureText() {
    }

    /** {@code text} with the markup characters escaped, so a run name prints as it is. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\_^{}$".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code v} with 3 significant digits ("0.654", "1.2e-05"), or "n/a" when not finite. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.3g", v).replaceFirst("e([+-])0*(\\d)", "e$1$2").replace("e+", "e");
    }

    /** A step, or "never" for -1. */
    public static String step(long step) {
        return step < 0 ? "never" : Long.toString(step);
    }
}

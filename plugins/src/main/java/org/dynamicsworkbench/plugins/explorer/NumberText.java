package org.dynamicsworkbench.plugins.explorer;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short text for numbers shown to the user (fields, labels, the Lyapunov summary). Toolkit-free. */
final class NumberText {
    private static final MathContext SHOWN_DIGITS = new MathContext(6);

    private NumberText() {
    }

    /** Integers without a fraction, other numbers to six significant digits without trailing zeros. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(SHOWN_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
    }
}

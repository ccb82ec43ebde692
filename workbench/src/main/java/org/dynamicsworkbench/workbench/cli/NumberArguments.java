package org.dynamicsworkbench.workbench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Strict parsing of the numbers given on the command line: plain decimal notation only (no "NaN",
 * "Infinity", hexadecimal or type suffixes), each error naming the option and the text given.
 */
final class NumberArguments {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private NumberArguments() {
    }

    /** A finite decimal number; {@code input} names the option and value in errors. */
    static double finite(String text, String input) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new InputException(input, "'" + text + "' is not a number");
        }
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
            throw new InputException(input, "'" + text + "' is out of range");
        }
        return value;
    }

    /** A finite number greater than zero. */
    static double positive(String text, String input) {
        double value = finite(text, input);
        if (value <= 0) {
            throw new InputException(input, "must be positive, got " + text.strip());
        }
        return value;
    }

    /** A finite number zero or greater. */
    static double nonNegative(String text, String input) {
        double value = finite(text, input);
        if (value < 0) {
            throw new InputException(input, "must not be negative, got " + text.strip());
        }
        return value;
    }

    /** An integer in [min, max]. */
    static int integer(String text, String input, int min, int max) {
        String t = text.strip();
        if (!INTEGER.matcher(t).matches()) {
            throw new InputException(input, "'" + text + "' is not an integer");
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new InputException(input, "'" + text + "' is out of range", e);
        }
        if (value < min || value > max) {
            String bound = min == 1 && value <= 0 ? "must be positive"
                    : "must be between " + min + " and " + max;
            throw new InputException(input, bound + ", got " + t);
        }
        return (int) value;
    }

    /** A comma-separated list of exactly {@code expected} finite numbers. */
    static double[] vector(String text, int expected, String what, String input) {
        String[] parts = text.split(",", -1);
        if (parts.length != expected) {
            throw new InputException(input, what + " needs " + expected + " comma-separated values, got "
                    + parts.length);
        }
        double[] values = new double[expected];
        for (int i = 0; i < expected; i++) {
            values[i] = finite(parts[i], input);
        }
        return values;
    }

    /** NAME=VALUE pairs, in the order given; a repeated name is an error. */
    static Map<String, Double> assignments(List<String> pairs, String option) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : pairs) {
            String input = option + " " + pair;
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new InputException(input, "expected NAME=VALUE");
            }
            String name = pair.substring(0, eq).strip();
            double value = finite(pair.substring(eq + 1), input);
            if (values.put(name, value) != null) {
                throw new InputException(input, "parameter '" + name + "' is given twice");
            }
        }
        return values;
    }
}

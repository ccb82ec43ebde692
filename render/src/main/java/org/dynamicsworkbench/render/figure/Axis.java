package org.dynamicsworkbench.render.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a panel: its label in {@link RichText} markup (may be empty), its scale, a fixed range, or
 * {@code null} to fit the data, and category names (empty for a numeric axis): category {@code i} sits at
 * {@code i + 1} and its name replaces the numeric ticks (bar charts of named groups).
 */
public record Axis(String label, AxisScale scale, Range range, List<String> categories) {

    /** A numeric axis (no categories). */
    public Axis(String label, AxisScale scale, Range range) {
        this(label, scale, range, List.of());
    }

    public Axis {
        categories = categories == null ? List.of() : List.copyOf(categories);
        for (String c : categories) {
            RichText.parse(c);
        }
        if (!categories.isEmpty() && scale != AxisScale.LINEAR) {
            throw new IllegalArgumentException("axis '" + label + "': categories need a linear scale, got " + scale);
        }
        label = label == null ? "" : label;
        RichText.parse(label); // fail early on malformed markup
        if (scale == null) {
            throw new IllegalArgumentException("axis '" + label + "': scale is null");
        }
        if (range != null && scale == AxisScale.LOG && range.min() <= 0) {
            throw new IllegalArgumentException("axis '" + label + "': a log axis needs a positive range, got ["
                    + range.min() + ", " + range.max() + "]");
        }
    }

    /** A linear axis fitted to the data. */
    public static Axis linear(String label) {
        return new Axis(label, AxisScale.LINEAR, null);
    }

    /** A log axis fitted to the positive data. */
    public static Axis log(String label) {
        return new Axis(label, AxisScale.LOG, null);
    }

    /**
     * A linear axis of named categories at 1, 2, ..., n (range 0.5 to n + 0.5), each tick labelled with its name.
     *
     * @throws IllegalArgumentException when there are no categories
     */
    public static Axis categories(String label, List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("axis '" + label + "': no categories");
        }
        return new Axis(label, AxisScale.LINEAR, new Range(0.5, names.size() + 0.5), names);
    }

    /** This axis with a fixed range ({@code null}: fit the data). */
    public Axis withRange(Range newRange) {
        return new Axis(label, scale, newRange, categories);
    }

    /** The category ticks (at 1..n, labelled by name) inside {@code range}, or null for a numeric axis. */
    public TickSet categoryTicks(Range shown) {
        if (categories.isEmpty()) {
            return null;
        }
        ArrayList<Double> values = new ArrayList<>();
        ArrayList<RichText> labels = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            if (shown.contains(i + 1)) {
                values.add(i + 1.0);
                labels.add(RichText.parse(categories.get(i)));
            }
        }
        return new TickSet(values.stream().mapToDouble(Double::doubleValue).toArray(), labels, new double[0]);
    }
}

package org.dynamicsworkbench.analysis.learning.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.ConfigException;

/**
 * A sweep over two (or one) hyperparameters: every combination of their values applied to a base
 * configuration. Each point gets a run folder name such as {@code wd=0.3,frac=0.4}. Grids larger than
 * {@link #MAX_POINTS} are refused with the count (a sweep of thousands of runs is almost always a typo).
 */
public final class SweepGrid {
    /** The largest number of runs one sweep may launch. */
    public static final int MAX_POINTS = 400;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * One swept hyperparameter.
     *
     * @param key    the configuration field, as in the kind's JSON
     * @param values its values, as typed (numbers or words)
     */
    public record Axis(String key, List<String> values) {
        public Axis {
            if (!KEY.matcher(key).matches()) {
                throw new ConfigException("grid", "invalid hyperparameter name '" + key + "'");
            }
            if (values.isEmpty()) {
                throw new ConfigException("grid", key + " needs at least one value");
            }
            values = List.copyOf(values);
            if (values.stream().distinct().count() != values.size()) {
                throw new ConfigException("grid", key + " lists a value twice");
            }
        }

        /** Parses "wd=0,0.3,1". */
        public static Axis parse(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                throw new ConfigException("grid", "expected name=v1,v2,..., got '" + text + "'");
            }
            List<String> values = new ArrayList<>();
            for (String v : text.substring(eq + 1).split(",", -1)) {
                String t = v.trim();
                if (t.isEmpty()) {
                    throw new ConfigException("grid", "empty value in '" + text + "'");
                }
                values.add(t);
            }
            return new Axis(text.substring(0, eq).trim(), values);
        }
    }

    /**
     * One combination.
     *
     * @param row    index into the first axis
     * @param column index into the second axis (0 for a one-axis sweep)
     * @param name   the run folder name
     * @param config the base configuration with this point's values
     */
    public record Point(int row, int column, String name, ObjectNode config) {
    }

    private final List<Axis> axes;

    /** @param axes one or two axes with distinct keys */
    public SweepGrid(List<Axis> axes) {
        if (axes.isEmpty() || axes.size() > 2) {
            throw new ConfigException("grid", "give one or two --grid axes, got " + axes.size());
        }
        if (axes.size() == 2 && axes.get(0).key().equals(axes.get(1).key())) {
            throw new ConfigException("grid", "both axes sweep '" + axes.get(0).key() + "'");
        }
        long count = 1;
        for (Axis a : axes) {
            count *= a.values().size();
        }
        if (count > MAX_POINTS) {
            throw new ConfigException("grid", "would launch " + count + " runs; the limit is " + MAX_POINTS
                    + " (use fewer values)");
        }
        this.axes = List.copyOf(axes);
    }

    public List<Axis> axes() {
        return axes;
    }

    public int size() {
        int n = 1;
        for (Axis a : axes) {
            n *= a.values().size();
        }
        return n;
    }

    /**
     * Every point, row-major. Values that parse as numbers are written as numbers; the base must already
     * have each swept key (so a misspelt key fails here, naming it).
     */
    public List<Point> points(ObjectNode base) {
        return points(base, base);
    }

    /**
     * Every point, row-major, written into copies of {@code base} (which may list only some fields); each swept
     * key must be a field of {@code template} (the complete configuration), whose value types the new values.
     */
    public List<Point> points(ObjectNode base, ObjectNode template) {
        for (Axis a : axes) {
            if (!template.has(a.key())) {
                List<String> known = new ArrayList<>();
                template.fieldNames().forEachRemaining(known::add);
                throw new ConfigException("grid", "unknown hyperparameter '" + a.key() + "' (known: "
                        + String.join(", ", known) + ")");
            }
        }
        Axis first = axes.get(0);
        Axis second = axes.size() > 1 ? axes.get(1) : null;
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < first.values().size(); i++) {
            int columns = second == null ? 1 : second.values().size();
            for (int j = 0; j < columns; j++) {
                ObjectNode c = base.deepCopy();
                set(c, first.key(), first.values().get(i), template.get(first.key()));
                String name = first.key() + "=" + first.values().get(i);
                if (second != null) {
                    set(c, second.key(), second.values().get(j), template.get(second.key()));
                    name += "," + second.key() + "=" + second.values().get(j);
                }
                out.add(new Point(i, j, safeName(name), c));
            }
        }
        return out;
    }

    private static void set(ObjectNode c, String key, String value, JsonNode like) {
        if (like.isNumber()) {
            try {
                if (like.isIntegralNumber() && !value.contains(".") && !value.toLowerCase(Locale.ROOT).contains("e")) {
                    c.put(key, Long.parseLong(value));
                } else {
                    c.put(key, Double.parseDouble(value));
                }
            } catch (NumberFormatException e) {
                throw new ConfigException("grid", key + " must be a number, got '" + value + "'");
            }
        } else if (like.isBoolean()) {
            if (!value.equals("true") && !value.equals("false")) {
                throw new ConfigException("grid", key + " must be true or false, got '" + value + "'");
            }
            c.put(key, Boolean.parseBoolean(value));
        } else {
            c.put(key, value);
        }
    }

    private static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_.=,+-]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        return safe;
    }
}

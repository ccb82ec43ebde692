package org.dynamicsworkbench.analysis.learning.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every scalar a run logged, by name, in first-logged order. Immutable; build with {@link Builder}. */
public final class RunHistory {
    private final Map<String, MetricSeries> series;

    private RunHistory(Map<String, MetricSeries> series) {
        this.series = Collections.unmodifiableMap(series);
    }

    /** The metric names in the order they were first logged. */
    public List<String> names() {
        return List.copyOf(series.keySet());
    }

    public boolean has(String name) {
        return series.containsKey(name);
    }

    /** The series called {@code name}. @throws IllegalArgumentException naming it when it was never logged */
    public MetricSeries series(String name) {
        MetricSeries s = series.get(name);
        if (s == null) {
            throw new IllegalArgumentException("metric '" + name + "' was never logged (logged: "
                    + String.join(", ", series.keySet()) + ")");
        }
        return s;
    }

    /** The largest step logged by any metric, or -1 for an empty history. */
    public long lastStep() {
        long last = -1;
        for (MetricSeries s : series.values()) {
            if (s.size() > 0) {
                last = Math.max(last, s.step(s.size() - 1));
            }
        }
        return last;
    }

    /** Collects (step, name, value) triples; steps of one metric must increase. */
    public static final class Builder {
        private final Map<String, Growing> growing = new LinkedHashMap<>();

        /** Appends one value. @throws IllegalArgumentException when {@code step} does not exceed the metric's last */
        public Builder add(long step, String name, double value) {
            Growing g = growing.computeIfAbsent(name, n -> new Growing());
            if (g.size > 0 && step <= g.steps[g.size - 1]) {
                throw new IllegalArgumentException(name + ": step " + step + " does not follow step "
                        + g.steps[g.size - 1]);
            }
            g.add(step, value);
            return this;
        }

        public RunHistory build() {
            Map<String, MetricSeries> out = new LinkedHashMap<>();
            growing.forEach((name, g) -> out.put(name, new MetricSeries(name,
                    Arrays.copyOf(g.steps, g.size), Arrays.copyOf(g.values, g.size))));
            return new RunHistory(out);
        }

        private static final class Growing {
            long[] steps = new long[64];
            double[] values = new double[64];
            int size;

            void add(long step, double value) {
                if (size == steps.length) {
                    steps = Arrays.copyOf(steps, size * 2);
                    values = Arrays.copyOf(values, size * 2);
                }
                steps[size] = step;
                values[size] = value;
                size++;
            }
        }
    }

    /** An empty history. */
    public static RunHistory empty() {
        return new Builder().build();
    }

    @Override
    public String toString() {
        return "RunHistory" + new ArrayList<>(series.keySet());
    }
}

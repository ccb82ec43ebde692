package org.dynamicsworkbench.analysis.learning.run;

import java.util.Arrays;

/**
 * One logged scalar over a run: the steps at which it was logged (strictly increasing) and its values.
 * Immutable.
 *
 * @param name   the metric's name
 * @param steps  strictly increasing steps
 * @param values one value per step (may be non-finite)
 */
public record MetricSeries(String name, long[] steps, double[] values) {

    public MetricSeries {
        if (steps.length != values.length) {
            throw new IllegalArgumentException(name + ": " + steps.length + " steps but " + values.length + " values");
        }
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] <= steps[i - 1]) {
                throw new IllegalArgumentException(name + ": steps must increase, got " + steps[i - 1] + " then "
                        + steps[i]);
            }
        }
        steps = steps.clone();
        values = values.clone();
    }

    @Override
    public long[] steps() {
        return steps.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return steps.length;
    }

    public long step(int i) {
        return steps[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** The first step at which {@code value >= threshold}, or -1 when it never is. */
    public long firstStepAtLeast(double threshold) {
        for (int i = 0; i < steps.length; i++) {
            if (values[i] >= threshold) {
                return steps[i];
            }
        }
        return -1;
    }

    /** The value logged at the last step at or before {@code step}, or NaN before the first. */
    public double valueAt(long step) {
        int i = Arrays.binarySearch(steps, step);
        if (i >= 0) {
            return values[i];
        }
        int before = -i - 2;
        return before >= 0 ? values[before] : Double.NaN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSeries m && m.name.equals(name) && Arrays.equals(m.steps, steps)
                && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(steps);
    }

    @Override
    public String toString() {
        return "MetricSeries[" + name + ", " + steps.length + " points]";
    }
}

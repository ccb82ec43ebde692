package org.dynamicsworkbench.workbench.bench;

import java.util.Arrays;
import java.util.Objects;

/**
 * One benchmark's result: the median and minimum of its timed runs in milliseconds, or the reason it was
 * skipped (then the numbers are NaN and {@code runs} is 0).
 */
public record Timing(String name, double medianMs, double minMs, int runs, String skippedBecause) {

    public Timing {
        Objects.requireNonNull(name, "name");
        if (skippedBecause == null && (runs < 1 || !(medianMs >= 0) || !(minMs >= 0))) {
            throw new IllegalArgumentException(name + ": a measured timing needs runs >= 1 and times >= 0");
        }
    }

    /** The statistics of {@code samplesNanos} (one per timed run). */
    public static Timing of(String name, long[] samplesNanos) {
        if (samplesNanos.length == 0) {
            throw new IllegalArgumentException(name + ": no samples");
        }
        long[] sorted = samplesNanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        return new Timing(name, median / 1e6, sorted[0] / 1e6, n, null);
    }

    public static Timing skipped(String name, String reason) {
        return new Timing(name, Double.NaN, Double.NaN, 0, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isSkipped() {
        return skippedBecause != null;
    }
}

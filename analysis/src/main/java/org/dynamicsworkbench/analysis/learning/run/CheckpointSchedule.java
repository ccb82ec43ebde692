package org.dynamicsworkbench.analysis.learning.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.dynamicsworkbench.analysis.learning.ConfigException;

/**
 * Where a run writes checkpoints: {@code count} steps between {@code start} and the last step, spaced
 * evenly in sqrt(step) (Park et al.: {@code round(linspace(sqrt(start), sqrt(T), count))^2}), in log(step),
 * or linearly. Step 0 and the last step are always included, so early fast dynamics and late slow ones both
 * get resolution.
 *
 * @param spacing how the steps are spread
 * @param count   number of checkpoints between start and the end (before removing duplicates), at least 2
 * @param start   first spaced step, at least 1
 */
public record CheckpointSchedule(Spacing spacing, int count, long start) {

    /** How checkpoint steps are spread between start and end. */
    public enum Spacing {
        SQRT, LOG, LINEAR;

        /** Parses "sqrt", "log" or "linear" (any case). */
        public static Spacing parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("checkpoint-spacing", "must be sqrt, log or linear, got '" + text + "'");
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CheckpointSchedule {
        if (spacing == null) {
            throw new ConfigException("checkpoint-spacing", "missing");
        }
        if (count < 2 || count > 10_000) {
            throw new ConfigException("checkpoints", "must be between 2 and 10000, got " + count);
        }
        if (start < 1) {
            throw new ConfigException("checkpoint-start", "must be at least 1, got " + start);
        }
    }

    /** The sorted, distinct checkpoint steps of a run of {@code totalSteps} steps (0 and totalSteps included). */
    public long[] steps(long totalSteps) {
        if (totalSteps < 1) {
            throw new ConfigException("steps", "must be at least 1, got " + totalSteps);
        }
        TreeSet<Long> out = new TreeSet<>();
        out.add(0L);
        out.add(totalSteps);
        long first = Math.min(start, totalSteps);
        for (int i = 0; i < count; i++) {
            double f = i / (double) (count - 1);
            double s;
            switch (spacing) {
                case SQRT -> {
                    double a = Math.sqrt(first);
                    double b = Math.sqrt(totalSteps);
                    double r = a + f * (b - a);
                    s = r * r;
                }
                case LOG -> s = Math.exp(Math.log(first) + f * (Math.log(totalSteps) - Math.log(first)));
                default -> s = first + f * (totalSteps - first);
            }
            out.add(Math.max(0, Math.min(totalSteps, Math.round(s))));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Whether {@code step} is a checkpoint step of a run of {@code totalSteps}. */
    public boolean contains(long step, long totalSteps) {
        return Arrays.binarySearch(steps(totalSteps), step) >= 0;
    }
}

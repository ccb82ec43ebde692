package org.dynamicsworkbench.plugins.timeline;

import java.util.Arrays;

/**
 * The steps a timeline can show (a run's checkpoint steps): non-negative and strictly increasing. Snaps any step
 * to the nearest of them, and maps steps to slider positions in [0, 1] on a log axis, {@code u = (ln(1 + s) -
 * ln(1 + first)) / (ln(1 + last) - ln(1 + first))}, so early checkpoints (fast dynamics) and late ones (slow) both
 * get room. Immutable and toolkit-free.
 */
public final class StepAxis {
    private static final StepAxis EMPTY = new StepAxis(new long[0]);
    private final long[] steps;

    private StepAxis(long[] steps) {
        this.steps = steps;
    }

    /**
     * The axis of {@code steps}.
     *
     * @throws IllegalArgumentException when a step is negative or the steps do not strictly increase (named)
     */
    public static StepAxis of(long... steps) {
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] < 0) {
                throw new IllegalArgumentException("steps[" + i + "]: must be >= 0, got " + steps[i]);
            }
            if (i > 0 && steps[i] <= steps[i - 1]) {
                throw new IllegalArgumentException("steps must strictly increase; steps[" + i + "] = " + steps[i]
                        + " follows " + steps[i - 1]);
            }
        }
        return steps.length == 0 ? EMPTY : new StepAxis(steps.clone());
    }

    /** An axis without steps (a run with no checkpoint yet). */
    public static StepAxis empty() {
        return EMPTY;
    }

    /** This axis with {@code step} added (no change when it is already there). */
    public StepAxis with(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
        int i = Arrays.binarySearch(steps, step);
        if (i >= 0) {
            return this;
        }
        int at = -i - 1;
        long[] grown = new long[steps.length + 1];
        System.arraycopy(steps, 0, grown, 0, at);
        grown[at] = step;
        System.arraycopy(steps, at, grown, at + 1, steps.length - at);
        return new StepAxis(grown);
    }

    public int size() {
        return steps.length;
    }

    public boolean isEmpty() {
        return steps.length == 0;
    }

    public long step(int index) {
        return steps[index];
    }

    /** A copy of the steps. */
    public long[] steps() {
        return steps.clone();
    }

    /** @throws IllegalStateException when empty */
    public long first() {
        requireSteps();
        return steps[0];
    }

    /** @throws IllegalStateException when empty */
    public long last() {
        requireSteps();
        return steps[steps.length - 1];
    }

    /** The index of {@code step}, or -1 when it is not a step of this axis. */
    public int indexOf(long step) {
        int i = Arrays.binarySearch(steps, step);
        return i >= 0 ? i : -1;
    }

    /**
     * The index of the step nearest {@code step} in step units; a tie goes to the earlier step.
     *
     * @throws IllegalStateException when empty
     */
    public int nearestIndex(double step) {
        requireSteps();
        if (Double.isNaN(step)) {
            throw new IllegalArgumentException("step is NaN");
        }
        int hi = upperNeighbour(step);
        if (hi == 0) {
            return 0;
        }
        if (hi == steps.length) {
            return steps.length - 1;
        }
        return step - steps[hi - 1] <= steps[hi] - step ? hi - 1 : hi;
    }

    /** The step nearest {@code step} (see {@link #nearestIndex}). */
    public long snap(double step) {
        return steps[nearestIndex(step)];
    }

    /** The slider position of {@code step} on the log axis, clamped to [0, 1]; 0 when the axis has one step. */
    public double logPosition(double step) {
        requireSteps();
        double lo = Math.log1p(steps[0]);
        double hi = Math.log1p(steps[steps.length - 1]);
        if (hi == lo) {
            return 0;
        }
        double u = (Math.log1p(Math.max(0, step)) - lo) / (hi - lo);
        return Math.max(0, Math.min(1, u));
    }

    /** The (unsnapped) step at slider position {@code u} in [0, 1] on the log axis; the inverse of {@link #logPosition}. */
    public double stepAtLogPosition(double u) {
        requireSteps();
        double lo = Math.log1p(steps[0]);
        double hi = Math.log1p(steps[steps.length - 1]);
        double clamped = Math.max(0, Math.min(1, u));
        return Math.expm1(lo + clamped * (hi - lo));
    }

    /** The index of the step whose log position is nearest {@code u} (a tie goes to the earlier step). */
    public int indexAtLogPosition(double u) {
        requireSteps();
        double step = stepAtLogPosition(u);
        int hi = upperNeighbour(step);
        if (hi == 0) {
            return 0;
        }
        if (hi == steps.length) {
            return steps.length - 1;
        }
        double target = Math.log1p(step);
        return target - Math.log1p(steps[hi - 1]) <= Math.log1p(steps[hi]) - target ? hi - 1 : hi;
    }

    /** The first index whose step is >= {@code step} (steps.length when none). */
    private int upperNeighbour(double step) {
        int lo = 0;
        int hi = steps.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (steps[mid] < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void requireSteps() {
        if (steps.length == 0) {
            throw new IllegalStateException("the timeline has no steps yet");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepAxis a && Arrays.equals(a.steps, steps);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(steps);
    }

    @Override
    public String toString() {
        return steps.length == 0 ? "StepAxis[]" : "StepAxis[" + steps.length + " steps, " + steps[0] + ".."
                + steps[steps.length - 1] + "]";
    }
}

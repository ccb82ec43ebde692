package org.dynamicsworkbench.render.figure;

/** Extents of value arrays on an axis scale, for {@link Series#xExtent} and friends. */
final class Extents {
    private Extents() {
    }

    /** Min and max of the finite values of {@code v} usable on {@code scale}; {@code null} if none; widened if all equal. */
    static Range of(double[] v, AxisScale scale) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d) && (scale == AxisScale.LINEAR || d > 0)) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        return lo > hi ? null : widen(lo, hi, scale);
    }

    /** {@code [lo, hi]}, widened around a single value so that the range is not empty. */
    static Range widen(double lo, double hi, AxisScale scale) {
        if (lo < hi) {
            return new Range(lo, hi);
        }
        if (scale == AxisScale.LOG) {
            return new Range(lo / 2, lo * 2);
        }
        double half = lo == 0 ? 1 : Math.abs(lo) * 0.1;
        return new Range(lo - half, lo + half);
    }

    /** Copies {@code v} after checking that it is non-null and has {@code length} entries. */
    static double[] copyOf(double[] v, int length, String what) {
        if (v == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (length >= 0 && v.length != length) {
            throw new IllegalArgumentException(what + " has " + v.length + " values, expected " + length);
        }
        return v.clone();
    }

    /** Checks that {@code v} has at least one value, all finite and strictly increasing. */
    static void requireIncreasing(double[] v, String what) {
        if (v.length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i]) || (i > 0 && !(v[i] > v[i - 1]))) {
                throw new IllegalArgumentException(what + " must be finite and strictly increasing; index " + i + " is " + v[i]);
            }
        }
    }
}

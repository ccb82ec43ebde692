package org.dynamicsworkbench.render.figure;

/**
 * Points {@code (x[i], y[i])}, optionally with the time {@code t[i]} at which each was visited (non-decreasing),
 * which lets a linked cursor mark the point of a given time. NaN breaks a line. Arrays are copied in and out;
 * painters read single values through {@link #x(int)} and {@link #y(int)}.
 */
public record XYData(double[] x, double[] y, double[] t) {

    public XYData {
        x = Extents.copyOf(x, -1, "x");
        y = Extents.copyOf(y, x.length, "y");
        if (t != null) {
            t = Extents.copyOf(t, x.length, "t");
            for (int i = 1; i < t.length; i++) {
                if (!(t[i] >= t[i - 1])) {
                    throw new IllegalArgumentException("t must be non-decreasing; t[" + i + "] = " + t[i]
                            + " follows " + t[i - 1]);
                }
            }
        }
    }

    /** Points without times. */
    public static XYData of(double[] x, double[] y) {
        return new XYData(x, y, null);
    }

    /** A time series: x is the time. */
    public static XYData timeSeries(double[] t, double[] y) {
        return new XYData(t, y, t);
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public boolean hasTime() {
        return t != null;
    }

    /** Time of point {@code i}; only when {@link #hasTime()}. */
    public double t(int i) {
        return t[i];
    }

    /** Whether x is the time itself (a time series), so a cursor time is an x position. */
    public boolean xIsTime() {
        if (t == null) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (Double.compare(x[i], t[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The index whose time is nearest {@code time}; -1 without times or points. */
    public int indexNearestTime(double time) {
        if (t == null || t.length == 0 || Double.isNaN(time)) {
            return -1;
        }
        int lo = 0;
        int hi = t.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && time - t[lo - 1] <= t[lo] - time ? lo - 1 : lo;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] t() {
        return t == null ? null : t.clone();
    }
}

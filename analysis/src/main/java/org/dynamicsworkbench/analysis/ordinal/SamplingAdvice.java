package org.dynamicsworkbench.analysis.ordinal;

import java.util.Locale;

/**
 * peccary's pattern timescale and ideal-sampling advice (Hyman, Daniel and Schaffner 2025, section 3.2;
 * peccary {@code utils.tNatApprox}, {@code tpat2ell}): the pattern timescale is t_pat = (n-1) tau dt, the
 * natural timescale t_nat is estimated from the series, and the advice is 0.3 &lt;= t_pat/t_nat &lt;= 0.5
 * (ideal 0.4) with a duration of at least 1.5 t_nat. Delays are rounded half to even, as numpy does.
 *
 * @param naturalTime        estimated t_nat
 * @param idealDelay         tau with t_pat closest to 0.4 t_nat (at least 1)
 * @param lowestDelay        smallest tau with t_pat/t_nat &gt;= 0.3 (at least 1)
 * @param highestDelay       largest tau with t_pat/t_nat &lt;= 0.5 (at least lowestDelay when none fits)
 * @param duration           length of the series in time, (T-1) dt
 * @param durationSufficient whether duration / t_nat &gt;= 1.5
 */
public record SamplingAdvice(double naturalTime, int idealDelay, int lowestDelay, int highestDelay,
                             double duration, boolean durationSufficient) {
    /** The ratio t_pat / t_nat peccary's examples use. */
    public static final double IDEAL_RATIO = 0.4;
    public static final double LOWEST_RATIO = 0.3;
    public static final double HIGHEST_RATIO = 0.5;
    public static final double MINIMUM_DURATION_RATIO = 1.5;

    /** How t_nat is estimated. */
    public enum Timescale {
        /** peccary's default 'ncross': duration / (number of mean crossings / 2). */
        MEAN_CROSSINGS,
        /** peccary's 'maxavg': mean spacing of strict local maxima. */
        MAXIMA_SPACING
    }

    /** The advice for a series sampled every {@code dt}, with embedding dimension n. */
    public static SamplingAdvice of(double[] series, double dt, int dimension, Timescale method) {
        requireStep(dt);
        double tNat = method == Timescale.MEAN_CROSSINGS ? crossingTime(series, dt) : maximaSpacing(series, dt);
        double duration = (series.length - 1) * dt;
        int ideal = delayFor(IDEAL_RATIO * tNat, dt, dimension);
        int lowest = Math.max(1, (int) Math.ceil(LOWEST_RATIO * tNat / ((dimension - 1) * dt) - 1e-12));
        int highest = Math.max(lowest, (int) Math.floor(HIGHEST_RATIO * tNat / ((dimension - 1) * dt) + 1e-12));
        return new SamplingAdvice(tNat, ideal, lowest, highest, duration,
                duration >= MINIMUM_DURATION_RATIO * tNat);
    }

    /** t_pat = (n-1) tau dt. */
    public static double patternTime(int delay, double dt, int dimension) {
        return (dimension - 1) * (double) delay * dt;
    }

    /** tau = round(t_pat / ((n-1) dt)), half to even, at least 1. */
    public static int delayFor(double patternTime, double dt, int dimension) {
        requireStep(dt);
        return (int) Math.max(1, Math.rint(patternTime / ((dimension - 1) * dt)));
    }

    /**
     * t_nat by mean crossings: crossings are indices k where sign(x[k+1]-mean) differs from sign(x[k]-mean);
     * t_nat = duration / (crossings / 2). peccary divides t[-1] (it assumes t starts at 0); the workbench
     * divides the duration (T-1) dt, which is the same thing for a series starting at t = 0.
     *
     * @throws IllegalArgumentException if the series never crosses its mean (constant or monotone)
     */
    public static double crossingTime(double[] series, double dt) {
        requireStep(dt);
        double mean = 0;
        for (double v : series) {
            mean += v;
        }
        mean /= series.length;
        int crossings = 0;
        for (int k = 0; k + 1 < series.length; k++) {
            if (Math.signum(series[k + 1] - mean) != Math.signum(series[k] - mean)) {
                crossings++;
            }
        }
        if (crossings == 0) {
            throw new IllegalArgumentException("the series never crosses its mean, so it has no natural timescale");
        }
        return (series.length - 1) * dt / (crossings / 2.0);
    }

    /**
     * t_nat by the mean spacing of strict local maxima (plateaus do not count).
     *
     * @throws IllegalArgumentException if the series has fewer than two local maxima
     */
    public static double maximaSpacing(double[] series, double dt) {
        requireStep(dt);
        int first = -1;
        int last = -1;
        int count = 0;
        for (int k = 1; k + 1 < series.length; k++) {
            if (series[k] > series[k - 1] && series[k] > series[k + 1]) {
                if (first < 0) {
                    first = k;
                }
                last = k;
                count++;
            }
        }
        if (count < 2) {
            throw new IllegalArgumentException("the series has " + count
                    + " local maxima; at least 2 are needed for a natural timescale");
        }
        return (last - first) * dt / (count - 1);
    }

    /** t_pat / t_nat at delay tau. */
    public double ratio(int delay, double dt, int dimension) {
        return patternTime(delay, dt, dimension) / naturalTime;
    }

    /** The advice in words. */
    public String describe(double dt, int dimension) {
        String text = String.format(Locale.ROOT, "natural timescale %.4g; ideal tau %d (t_pat/t_nat = %.2f); ",
                naturalTime, idealDelay, ratio(idealDelay, dt, dimension));
        if (ratio(lowestDelay, dt, dimension) > HIGHEST_RATIO + 1e-12) {
            text += "no delay puts t_pat/t_nat in 0.3..0.5 (the series is sampled too coarsely for n = " + dimension
                    + ")";
        } else {
            text += String.format(Locale.ROOT, "tau %d..%d keeps t_pat/t_nat in 0.3..0.5", lowestDelay, highestDelay);
        }
        if (!durationSufficient) {
            text += String.format(Locale.ROOT,
                    "; warning: the series lasts %.3g, less than 1.5 natural timescales (%.3g)", duration,
                    MINIMUM_DURATION_RATIO * naturalTime);
        }
        return text;
    }

    private static void requireStep(double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("sampling step dt must be a positive number, got " + dt);
        }
    }
}

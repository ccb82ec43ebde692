package org.dynamicsworkbench.analysis.learning.concepts;

import java.util.Arrays;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;

/**
 * One prompt's path through concept space over the evaluation checkpoints: (concept 1, concept 2) coordinates at
 * increasing steps. Provides the analyses of Park et al.'s notebooks (spec section 3.3): Gaussian smoothing along
 * checkpoints, the learning time of each concept, the speed {@code |dC/dt|} and the sudden-turn checkpoint.
 * Immutable.
 *
 * @param steps       strictly increasing evaluation steps
 * @param concept1    coordinate of concept 1 at each step
 * @param concept2    coordinate of concept 2 at each step
 */
public record ConceptTrajectory(long[] steps, double[] concept1, double[] concept2) {
    /** The spec's learning-time threshold (0.9) and the number of consecutive checkpoints above it (3). */
    public static final double LEARNED = 0.9;
    public static final int CONSECUTIVE = 3;
    /** Segments shorter than this (in coordinate units) carry no reliable direction for the turn detection. */
    public static final double MIN_SEGMENT = 0.01;

    public ConceptTrajectory {
        if (steps.length != concept1.length || steps.length != concept2.length) {
            throw new IllegalArgumentException("trajectory needs one coordinate pair per step, got " + steps.length
                    + " steps, " + concept1.length + " and " + concept2.length + " values");
        }
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] <= steps[i - 1]) {
                throw new IllegalArgumentException("trajectory steps must increase, got " + steps[i - 1] + " then "
                        + steps[i]);
            }
        }
        steps = steps.clone();
        concept1 = concept1.clone();
        concept2 = concept2.clone();
    }

    /**
     * The trajectory logged as {@code <prefix>_1} and {@code <prefix>_2} (e.g. {@code concept_3} or
     * {@code overprompt_3}), at the steps where both were logged.
     */
    public static ConceptTrajectory of(RunHistory history, String prefix) {
        MetricSeries a = history.series(prefix + "_1");
        MetricSeries b = history.series(prefix + "_2");
        long[] steps = new long[a.size()];
        double[] x = new double[a.size()];
        double[] y = new double[a.size()];
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            int j = Arrays.binarySearch(b.steps(), a.step(i));
            if (j >= 0) {
                steps[n] = a.step(i);
                x[n] = a.value(i);
                y[n] = b.value(j);
                n++;
            }
        }
        return new ConceptTrajectory(Arrays.copyOf(steps, n), Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    @Override
    public long[] steps() {
        return steps.clone();
    }

    @Override
    public double[] concept1() {
        return concept1.clone();
    }

    @Override
    public double[] concept2() {
        return concept2.clone();
    }

    public int size() {
        return steps.length;
    }

    /** The coordinates of concept 1 or 2. */
    public double[] concept(int concept) {
        if (concept != 1 && concept != 2) {
            throw new IllegalArgumentException("concept must be 1 or 2, got " + concept);
        }
        return concept == 1 ? concept1() : concept2();
    }

    /** Both coordinates smoothed along the checkpoints ({@link GaussianSmoothing}, reflect mode). */
    public ConceptTrajectory smoothed(double sigma, double truncate) {
        return new ConceptTrajectory(steps, GaussianSmoothing.filter(concept1, sigma, truncate),
                GaussianSmoothing.filter(concept2, sigma, truncate));
    }

    /**
     * The learning time of a concept: the first step from which its coordinate exceeds {@link #LEARNED} for
     * {@link #CONSECUTIVE} consecutive checkpoints, or -1 when it never does. (Apply to a smoothed trajectory.)
     */
    public long learningTime(int concept) {
        double[] c = concept(concept);
        int run = 0;
        for (int i = 0; i < c.length; i++) {
            run = c[i] > LEARNED ? run + 1 : 0;
            if (run == CONSECUTIVE) {
                return steps[i - CONSECUTIVE + 1];
            }
        }
        return -1;
    }

    /**
     * The speed {@code |dC/dt|} at each checkpoint, with the derivative taken like {@code numpy.gradient(c, steps)}:
     * second-order central differences for uneven spacing inside, one-sided differences at the ends.
     */
    public double[] speed() {
        double[] d1 = gradient(concept1, steps);
        double[] d2 = gradient(concept2, steps);
        double[] out = new double[d1.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.hypot(d1[i], d2[i]);
        }
        return out;
    }

    /** {@code numpy.gradient(f, t)} (edge_order 1) for strictly increasing t; zeros for fewer than 2 points. */
    public static double[] gradient(double[] f, long[] t) {
        int n = f.length;
        double[] g = new double[n];
        if (n < 2) {
            return g;
        }
        g[0] = (f[1] - f[0]) / (t[1] - t[0]);
        g[n - 1] = (f[n - 1] - f[n - 2]) / (t[n - 1] - t[n - 2]);
        for (int i = 1; i < n - 1; i++) {
            double hd = t[i] - t[i - 1];
            double hs = t[i + 1] - t[i];
            g[i] = (hd * hd * f[i + 1] + (hs * hs - hd * hd) * f[i] - hs * hs * f[i - 1]) / (hs * hd * (hd + hs));
        }
        return g;
    }

    /**
     * The turning angle (radians, 0..pi) at each checkpoint: the angle between the segment arriving at it and the
     * segment leaving it. NaN at the two ends and where either segment is shorter than {@code minSegment} (its
     * direction is noise).
     */
    public double[] turningAngles(double minSegment) {
        int n = steps.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (int i = 1; i < n - 1; i++) {
            double ax = concept1[i] - concept1[i - 1];
            double ay = concept2[i] - concept2[i - 1];
            double bx = concept1[i + 1] - concept1[i];
            double by = concept2[i + 1] - concept2[i];
            double la = Math.hypot(ax, ay);
            double lb = Math.hypot(bx, by);
            if (la >= minSegment && lb >= minSegment) {
                double cos = (ax * bx + ay * by) / (la * lb);
                out[i] = Math.acos(Math.max(-1, Math.min(1, cos)));
            }
        }
        return out;
    }

    /**
     * The sudden-turn step: the checkpoint where the direction of travel changes most, i.e. the largest
     * {@link #turningAngles(double) turning angle} between successive segments of at least {@code minSegment};
     * -1 when no checkpoint qualifies. (Apply to a smoothed trajectory.)
     */
    public long turnStep(double minSegment) {
        double[] angles = turningAngles(minSegment);
        int best = -1;
        for (int i = 0; i < angles.length; i++) {
            if (!Double.isNaN(angles[i]) && (best < 0 || angles[i] > angles[best])) {
                best = i;
            }
        }
        return best < 0 ? -1 : steps[best];
    }
}

package org.dynamicsworkbench.plugins.entropy;

import java.util.Arrays;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyCollapseKind;
import org.dynamicsworkbench.analysis.learning.entropy.ExponentialLawFit;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;

/**
 * A run's (H, R) points and the empirical law fitted to them, computed as the {@code entropy} kind's summary does
 * (so the tool shows what {@code analyze RUN} prints): H = {@value EntropyCollapseKind#FIT_ENTROPY}, R =
 * {@value EntropyCollapseKind#FIT_REWARD} at each logged step; the fit {@code R = -a e^H + b} over all of them; and
 * the fit over the steps up to one eighth of the last, with its RMSE on the remaining steps. Immutable.
 *
 * @param steps             the logged steps
 * @param entropy           H at each step
 * @param reward            R at each step
 * @param full              the fit over every point, or null while fewer than 2 points (or H constant)
 * @param early             the fit over the first eighth, or null when it cannot be fitted
 * @param earlySteps        the last step of the first eighth ({@code lastStep / 8})
 * @param earlyPoints       number of points in the first eighth
 * @param extrapolationRmse RMSE of {@code early} on the later points (NaN when there are none or no early fit)
 */
public record EntropyLaw(long[] steps, double[] entropy, double[] reward, ExponentialLawFit full,
                         ExponentialLawFit early, long earlySteps, int earlyPoints, double extrapolationRmse) {

    public EntropyLaw {
        steps = steps.clone();
        entropy = entropy.clone();
        reward = reward.clone();
    }

    @Override
    public long[] steps() {
        return steps.clone();
    }

    @Override
    public double[] entropy() {
        return entropy.clone();
    }

    @Override
    public double[] reward() {
        return reward.clone();
    }

    public int size() {
        return steps.length;
    }

    /** The law of {@code history}; empty (no points, no fits) when it has not logged H and R yet. */
    public static EntropyLaw of(RunHistory history) {
        if (!history.has(EntropyCollapseKind.FIT_ENTROPY) || !history.has(EntropyCollapseKind.FIT_REWARD)) {
            return new EntropyLaw(new long[0], new double[0], new double[0], null, null, 0, 0, Double.NaN);
        }
        MetricSeries h = history.series(EntropyCollapseKind.FIT_ENTROPY);
        MetricSeries r = history.series(EntropyCollapseKind.FIT_REWARD);
        int n = h.size();
        long[] steps = h.steps();
        double[] hv = h.values();
        double[] rv = new double[n];
        for (int i = 0; i < n; i++) {
            rv[i] = r.valueAt(steps[i]);
        }
        ExponentialLawFit full = fitOrNull(hv, rv);
        long earlySteps = n == 0 ? 0 : steps[n - 1] / 8;
        int cut = 0;
        while (cut < n && steps[cut] <= earlySteps) {
            cut++;
        }
        ExponentialLawFit early = fitOrNull(Arrays.copyOf(hv, cut), Arrays.copyOf(rv, cut));
        double extrapolation = early == null || cut >= n ? Double.NaN
                : early.rmseOn(Arrays.copyOfRange(hv, cut, n), Arrays.copyOfRange(rv, cut, n));
        return new EntropyLaw(steps, hv, rv, full, early, earlySteps, cut, extrapolation);
    }

    /** The index of the logged step nearest {@code step} (-1 when there are none). */
    public int indexNear(long step) {
        if (steps.length == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(steps, step);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        if (after == 0) {
            return 0;
        }
        if (after == steps.length) {
            return steps.length - 1;
        }
        return step - steps[after - 1] <= steps[after] - step ? after - 1 : after;
    }

    private static ExponentialLawFit fitOrNull(double[] h, double[] r) {
        try {
            return ExponentialLawFit.fit(h, r);
        } catch (IllegalArgumentException e) {
            return null; // fewer than 2 points, or an entropy that has not moved yet
        }
    }
}

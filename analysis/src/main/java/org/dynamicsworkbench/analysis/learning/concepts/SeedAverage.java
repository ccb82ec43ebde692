package org.dynamicsworkbench.analysis.learning.concepts;

import java.util.Arrays;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;

/**
 * One metric averaged over several runs (seeds): at the steps every run logged, the mean and the sample standard
 * deviation (n - 1; 0 for a single run). Immutable.
 *
 * @param name  the metric
 * @param steps steps logged by every run, increasing
 * @param mean  mean over runs at each step
 * @param std   sample standard deviation over runs at each step
 * @param runs  number of runs averaged
 */
public record SeedAverage(String name, long[] steps, double[] mean, double[] std, int runs) {

    public SeedAverage {
        if (steps.length != mean.length || steps.length != std.length) {
            throw new IllegalArgumentException(name + ": steps, mean and std differ in length");
        }
        steps = steps.clone();
        mean = mean.clone();
        std = std.clone();
    }

    @Override
    public long[] steps() {
        return steps.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    /**
     * Averages {@code name} over {@code runs}.
     *
     * @throws IllegalArgumentException when no run is given or a run never logged the metric (named)
     */
    public static SeedAverage of(List<RunHistory> runs, String name) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("averaging '" + name + "' needs at least one run");
        }
        MetricSeries[] series = new MetricSeries[runs.size()];
        for (int r = 0; r < series.length; r++) {
            series[r] = runs.get(r).series(name);
        }
        long[] common = series[0].steps();
        for (int r = 1; r < series.length; r++) {
            long[] other = series[r].steps();
            common = Arrays.stream(common).filter(s -> Arrays.binarySearch(other, s) >= 0).toArray();
        }
        int n = series.length;
        double[] mean = new double[common.length];
        double[] std = new double[common.length];
        for (int i = 0; i < common.length; i++) {
            double sum = 0;
            for (MetricSeries s : series) {
                sum += s.valueAt(common[i]);
            }
            double m = sum / n;
            double ss = 0;
            for (MetricSeries s : series) {
                double e = s.valueAt(common[i]) - m;
                ss += e * e;
            }
            mean[i] = m;
            std[i] = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        }
        return new SeedAverage(name, common, mean, std, n);
    }

    /**
     * The seed-averaged trajectory {@code <prefix>_1}, {@code <prefix>_2} (e.g. {@code concept_3}) over
     * {@code runs}, at the steps both coordinates of every run were logged.
     */
    public static ConceptTrajectory trajectory(List<RunHistory> runs, String prefix) {
        SeedAverage a = of(runs, prefix + "_1");
        SeedAverage b = of(runs, prefix + "_2");
        long[] steps = Arrays.stream(a.steps).filter(s -> Arrays.binarySearch(b.steps, s) >= 0).toArray();
        double[] x = new double[steps.length];
        double[] y = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            x[i] = a.mean[Arrays.binarySearch(a.steps, steps[i])];
            y[i] = b.mean[Arrays.binarySearch(b.steps, steps[i])];
        }
        return new ConceptTrajectory(steps, x, y);
    }
}

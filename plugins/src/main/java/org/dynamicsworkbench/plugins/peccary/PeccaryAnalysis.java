package org.dynamicsworkbench.plugins.peccary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.ordinal.HcPoint;
import org.dynamicsworkbench.analysis.ordinal.OrdinalPatterns;
import org.dynamicsworkbench.analysis.ordinal.PatternCounts;
import org.dynamicsworkbench.analysis.ordinal.SamplingAdvice;
import org.dynamicsworkbench.analysis.ordinal.TauSweepResult;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.series.LoadedSeries;
import org.dynamicsworkbench.plugins.series.SeriesLoader;

/**
 * Computes a {@link PeccaryResult}: loads every series, counts its ordinal patterns at tau and at every delay of
 * the sweep (one pass per delay, polling cancel between delays), and words the sampling advice. Progress runs
 * over the series and, within each, over the delays.
 */
public final class PeccaryAnalysis {

    private PeccaryAnalysis() {
    }

    /**
     * @throws IOException              when a file cannot be read
     * @throws IllegalArgumentException when a series is too short for n and the largest delay, or not finite (the
     *                                  message names the series)
     */
    public static PeccaryResult compute(PeccaryState state, SeriesLoader loader, ProgressListener progress,
                                        CancellationToken cancel) throws IOException {
        int k = state.series().size();
        int sweepLength = state.hasSweep() ? state.sweepTo() - state.sweepFrom() + 1 : 0;
        List<SeriesOutcome> outcomes = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            int index = s;
            double base = s / (double) k;
            double share = 1.0 / k;
            LoadedSeries loaded = loader.load(state.series().get(s), f -> progress.report(base + share * 0.3 * f), cancel);
            double[] x = loaded.selectedColumn();
            String name = loaded.label();
            PatternCounts counts = new OrdinalPatterns(state.n(), state.tau()).count(x, name);
            HcPoint point = counts.complexityEntropy();
            TauSweepResult sweep = null;
            if (sweepLength > 0) {
                int[] taus = new int[sweepLength];
                double[] h = new double[sweepLength];
                double[] c = new double[sweepLength];
                int[] distinct = new int[sweepLength];
                for (int i = 0; i < sweepLength; i++) {
                    cancel.throwIfCancelled();
                    taus[i] = state.sweepFrom() + i;
                    PatternCounts at = new OrdinalPatterns(state.n(), taus[i]).count(x, name);
                    HcPoint p = at.complexityEntropy();
                    h[i] = p.entropy();
                    c[i] = p.complexity();
                    distinct[i] = at.distinctPatterns();
                    progress.report(base + share * (0.3 + 0.7 * (i + 1) / sweepLength));
                }
                sweep = new TauSweepResult(state.n(), taus, h, c, distinct);
            }
            outcomes.add(new SeriesOutcome(name, loaded.dt(), x.length, counts, point, sweep,
                    advice(x, loaded.dt(), state.n())));
            progress.report((index + 1) / (double) k);
        }
        return new PeccaryResult(state, outcomes);
    }

    /** peccary's advice in words, or why there is none. */
    static String advice(double[] x, double dt, int n) {
        try {
            return SamplingAdvice.of(x, dt, n, SamplingAdvice.Timescale.MEAN_CROSSINGS).describe(dt, n);
        } catch (IllegalArgumentException noCrossings) {
            return "no advice: " + noCrossings.getMessage();
        }
    }
}

package org.dynamicsworkbench.plugins.koopman;

import java.io.IOException;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.dynamicsworkbench.analysis.koopman.DelayEmbedding;
import org.dynamicsworkbench.analysis.koopman.Dictionary;
import org.dynamicsworkbench.analysis.koopman.Edmd;
import org.dynamicsworkbench.analysis.koopman.EdmdModel;
import org.dynamicsworkbench.analysis.koopman.EdmdOptions;
import org.dynamicsworkbench.analysis.koopman.Eigenpairs;
import org.dynamicsworkbench.analysis.koopman.Havok;
import org.dynamicsworkbench.analysis.koopman.HavokResult;
import org.dynamicsworkbench.analysis.koopman.MonomialDictionary;
import org.dynamicsworkbench.analysis.koopman.Pseudospectrum;
import org.dynamicsworkbench.analysis.koopman.RadialBasisDictionary;
import org.dynamicsworkbench.analysis.koopman.ResDmd;
import org.dynamicsworkbench.analysis.koopman.SnapshotPairs;
import org.dynamicsworkbench.analysis.series.UnboundedCoordinates;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.series.LoadedSeries;
import org.dynamicsworkbench.plugins.series.SeriesLoader;

/**
 * Fits a {@link KoopmanResult} (EDMD with the QR accumulation, so residuals and pseudospectra follow without
 * squaring; the dictionary built as the command line's {@code koopman} builds it, on the state with a catalog
 * system's unbounded coordinates read as cos, sin; HAVOK of the scalar column, raw) and
 * computes pseudospectra row by row of the grid so that progress and cancel work.
 */
public final class KoopmanAnalysis {
    /** EDMD's QR factor holds (2N)^2 doubles: 1000 observables need 32 MB. */
    static final int MAX_OBSERVABLES = 1000;
    /** The pseudospectrum grid covers [-R, R]^2 with R the larger of this and 1.1 max |lambda|. */
    static final double MIN_HALF_WIDTH = 1.25;

    private KoopmanAnalysis() {
    }

    /**
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException for a dictionary larger than the data, a series too short, non-finite data
     */
    public static KoopmanResult fit(KoopmanState state, SeriesLoader loader, ProgressListener progress,
                                    CancellationToken cancel) throws IOException {
        LoadedSeries series = loader.load(state.series(), f -> progress.report(0.3 * f), cancel);
        if (series.rows() < 3) {
            throw new IllegalArgumentException(series.label() + ": needs at least 3 samples, got " + series.rows());
        }
        // a catalog system's forcing phase grows with t: EDMD sees it as cos, sin (dysts' convention)
        UnboundedCoordinates circles = loader.wholeStateCoordinates(series);
        int d = circles.embeddedDimension();
        double[] values = circles.embed(series.values());
        SnapshotPairs pairs;
        Dictionary dictionary;
        double[] inputs = values;
        int firstRow = 0;
        String name = series.label() + ", dictionary " + state.dictionary();
        switch (state.dictionary().kind()) {
            case POLY -> {
                pairs = SnapshotPairs.fromTrajectory(d, values);
                dictionary = MonomialDictionary.upToDegree(d, state.dictionary().size());
            }
            case RBF -> {
                pairs = SnapshotPairs.fromTrajectory(d, values);
                dictionary = RadialBasisDictionary.fromData(pairs, state.dictionary().size(),
                        RadialBasisDictionary.Shape.EXPONENTIAL, 1);
            }
            default -> {
                int q = state.dictionary().size();
                pairs = DelayEmbedding.pairs(d, values, q);
                dictionary = DelayEmbedding.dictionary(pairs);
                int count = series.rows() - q + 1;
                inputs = new double[count * d * q];
                for (int k = 0; k < count; k++) {
                    System.arraycopy(values, k * d, inputs, k * d * q, d * q);
                }
                firstRow = q - 1;
            }
        }
        if (dictionary.size() > MAX_OBSERVABLES) {
            throw new IllegalArgumentException(name + ": " + dictionary.size() + " observables; at most "
                    + MAX_OBSERVABLES + " are allowed");
        }
        if (dictionary.size() > pairs.size()) {
            throw new IllegalArgumentException(name + ": " + dictionary.size() + " observables, more than the "
                    + pairs.size() + " snapshot pairs");
        }
        cancel.throwIfCancelled();
        EdmdModel model = Edmd.fit(pairs, dictionary, EdmdOptions.stable());
        progress.report(0.7);
        cancel.throwIfCancelled();
        double[] residuals = ResDmd.residuals(model);
        Eigenpairs eigen = model.eigenpairs();
        int[] order = IntStream.range(0, eigen.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> -eigen.modulus(k)).thenComparingDouble(k -> -eigen.valueIm(k)))
                .mapToInt(Integer::intValue).toArray();
        progress.report(0.8);
        cancel.throwIfCancelled();
        HavokResult havok = null;
        String problem = null;
        try {
            havok = Havok.fit(series.selectedColumn(), series.dt(), state.havokDelays(), state.havokRank());
        } catch (IllegalArgumentException e) {
            problem = "HAVOK: " + e.getMessage();
        }
        progress.report(1);
        return new KoopmanResult(state, series, model, order, residuals, inputs, firstRow, havok,
                state.havokDelays() - 1, problem);
    }

    /** tau_N on a {@code grid x grid} square around the spectrum, one grid row at a time. */
    public static Pseudospectrum pseudospectrum(KoopmanResult result, int grid, ProgressListener progress,
                                                CancellationToken cancel) {
        double largest = 0;
        for (int k = 0; k < result.size(); k++) {
            largest = Math.max(largest, Math.hypot(result.re(k), result.im(k)));
        }
        double half = Math.max(MIN_HALF_WIDTH, 1.1 * largest);
        double[] axis = Pseudospectrum.axis(-half, half, grid);
        double[] tau = new double[grid * grid];
        for (int j = 0; j < grid; j++) {
            cancel.throwIfCancelled();
            // tau(conj z) = tau(z) for real data: the lower half copies the upper
            int mirror = grid - 1 - j;
            if (mirror < j) {
                System.arraycopy(tau, mirror * grid, tau, j * grid, grid);
            } else {
                Pseudospectrum row = ResDmd.pseudospectrum(result.model(), axis, new double[] {axis[j]}, 1);
                System.arraycopy(row.tau(), 0, tau, j * grid, grid);
            }
            progress.report((j + 1) / (double) grid);
        }
        return new Pseudospectrum(axis, axis.clone(), tau);
    }
}

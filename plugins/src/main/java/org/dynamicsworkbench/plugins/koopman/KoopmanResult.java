package org.dynamicsworkbench.plugins.koopman;

import java.util.Objects;
import org.dynamicsworkbench.analysis.koopman.EdmdModel;
import org.dynamicsworkbench.analysis.koopman.HavokResult;
import org.dynamicsworkbench.plugins.series.LoadedSeries;

/**
 * A fitted Koopman model of a {@link KoopmanState}'s series: the series, the EDMD model, the eigenvalues in table
 * order ({@code order[rank]} is the model's index; largest |lambda| first, then larger Im), the ResDMD residual of
 * every eigenpair (by model index), the dictionary's input states (a catalog system's unbounded coordinates read as
 * cos, sin) with the trajectory row each stands for, and the
 * HAVOK fit of the scalar column with the row of its first forcing sample ({@code null} with the reason when the
 * series is too short for it).
 */
public record KoopmanResult(KoopmanState state, LoadedSeries series, EdmdModel model, int[] order, double[] residuals,
                            double[] inputStates, int firstInputRow, HavokResult havok, int firstForcingRow,
                            String havokProblem) {

    public KoopmanResult {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(model, "model");
        order = order.clone();
        residuals = residuals.clone();
        if (order.length != model.size() || residuals.length != model.size()) {
            throw new IllegalArgumentException("one rank and residual per eigenpair");
        }
        if ((havok == null) == (havokProblem == null)) {
            throw new IllegalArgumentException("either a HAVOK fit or the reason there is none");
        }
    }

    @Override
    public int[] order() {
        return order.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    @Override
    public double[] inputStates() {
        return inputStates.clone();
    }

    public int size() {
        return order.length;
    }

    /** The model index of the eigenvalue at table rank {@code rank}. */
    public int indexAt(int rank) {
        return order[rank];
    }

    public double residualAt(int rank) {
        return residuals[order[rank]];
    }

    public double re(int rank) {
        return model.eigenpairs().valueRe(order[rank]);
    }

    public double im(int rank) {
        return model.eigenpairs().valueIm(order[rank]);
    }

    /** {growth rate, angular frequency} of the eigenvalue at {@code rank}, per unit time. */
    public double[] rate(int rank) {
        return model.continuousTime(order[rank], series.dt());
    }

    /**
     * The eigenfunction at {@code rank} on every trajectory row as {@code part} (NaN on the first rows of a delay
     * dictionary, which no embedded state stands for).
     */
    public double[] eigenfunctionOnRows(int rank, EigenfunctionPart part) {
        double[][] phi = model.eigenfunction(order[rank], inputStates);
        double[] out = new double[series.rows()];
        java.util.Arrays.fill(out, Double.NaN);
        for (int k = 0; k < phi[0].length && firstInputRow + k < out.length; k++) {
            out[firstInputRow + k] = part.of(phi[0][k], phi[1][k]);
        }
        return out;
    }

    /** 1 where HAVOK's forcing is active, 0 where it is not, NaN where there is no forcing sample (or no fit). */
    public double[] activeForcingOnRows() {
        double[] out = new double[series.rows()];
        java.util.Arrays.fill(out, Double.NaN);
        if (havok != null) {
            boolean[] active = havok.activeForcing();
            for (int k = 0; k < active.length && firstForcingRow + k < out.length; k++) {
                out[firstForcingRow + k] = active[k] ? 1 : 0;
            }
        }
        return out;
    }
}

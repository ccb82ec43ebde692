package org.dynamicsworkbench.plugins.koopman;

import java.util.Objects;
import org.dynamicsworkbench.plugins.series.SeriesSpec;

/**
 * What the Koopman tool computes and shows: the series (every column is the state; the spec's column is the scalar
 * HAVOK embeds), the dictionary ("poly:D", "rbf:K" or "delay:Q", see {@link DictionaryChoice}), the residual
 * threshold above which eigenvalues are hidden, the pseudospectrum grid (points per side), HAVOK's delays and
 * rank, the selected eigenvalue (its rank in the table, largest |lambda| first; -1: none) and the eigenfunction
 * part painted on the attractor. Immutable.
 */
public record KoopmanState(SeriesSpec series, DictionaryChoice dictionary, double threshold, int grid, int havokDelays,
                           int havokRank, int selected, EigenfunctionPart part) {
    public static final int MIN_GRID = 10;
    public static final int MAX_GRID = 200;
    public static final int MAX_DELAYS = 2000;

    public KoopmanState {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(part, "part");
        if (!(threshold > 0) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a positive number, got " + threshold);
        }
        if (grid < MIN_GRID || grid > MAX_GRID) {
            throw new IllegalArgumentException("grid must be in " + MIN_GRID + ".." + MAX_GRID + ", got " + grid);
        }
        if (havokDelays < 2 || havokDelays > MAX_DELAYS) {
            throw new IllegalArgumentException("HAVOK delays must be in 2.." + MAX_DELAYS + ", got " + havokDelays);
        }
        if (havokRank < 2 || havokRank > havokDelays) {
            throw new IllegalArgumentException("HAVOK rank must be in 2.." + havokDelays + ", got " + havokRank);
        }
        if (selected < -1) {
            throw new IllegalArgumentException("selected must be -1 (none) or an eigenvalue's rank, got " + selected);
        }
    }

    /** Lorenz, 10000 steps of 0.01, monomials to degree 3, threshold 0.1, a 40 x 40 grid, HAVOK q 100 r 11. */
    public static KoopmanState defaults() {
        return new KoopmanState(SeriesSpec.ofSystem("Lorenz", 0, 10_000, 0.01), DictionaryChoice.parse("poly:3"), 0.1, 40,
                100, 11, -1, EigenfunctionPart.REAL);
    }

    /** Whether {@code other} needs the same fit (only the threshold, selection or part differ). */
    public boolean sameFit(KoopmanState other) {
        return series.equals(other.series) && dictionary.equals(other.dictionary) && havokDelays == other.havokDelays
                && havokRank == other.havokRank;
    }

    public KoopmanState withSeries(SeriesSpec s) {
        return new KoopmanState(s, dictionary, threshold, grid, havokDelays, havokRank, -1, part);
    }

    public KoopmanState withDictionary(DictionaryChoice d) {
        return new KoopmanState(series, d, threshold, grid, havokDelays, havokRank, -1, part);
    }

    public KoopmanState withThreshold(double t) {
        return new KoopmanState(series, dictionary, t, grid, havokDelays, havokRank, selected, part);
    }

    public KoopmanState withGrid(int g) {
        return new KoopmanState(series, dictionary, threshold, g, havokDelays, havokRank, selected, part);
    }

    public KoopmanState withHavok(int delays, int rank) {
        return new KoopmanState(series, dictionary, threshold, grid, delays, rank, selected, part);
    }

    public KoopmanState withSelected(int s) {
        return new KoopmanState(series, dictionary, threshold, grid, havokDelays, havokRank, s, part);
    }

    public KoopmanState withPart(EigenfunctionPart p) {
        return new KoopmanState(series, dictionary, threshold, grid, havokDelays, havokRank, selected, p);
    }
}

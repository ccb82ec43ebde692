package org.dynamicsworkbench.plugins.peccary;

import java.util.List;
import org.dynamicsworkbench.analysis.ordinal.OrdinalPatterns;
import org.dynamicsworkbench.plugins.series.SeriesSpec;

/**
 * What the PECCARY tool computes: the series (each one marker on the plane), the embedding dimension n, the delay
 * tau whose point, histogram and advice are shown, and an optional tau sweep {@code sweepFrom..sweepTo} drawn as a
 * path through the plane ({@code sweepFrom == 0}: no sweep). Immutable.
 */
public record PeccaryState(List<SeriesSpec> series, int n, int tau, int sweepFrom, int sweepTo) {
    /** At most this many series at once (the Okabe-Ito palette has 8 colours; a plane of more is unreadable). */
    public static final int MAX_SERIES = 6;
    public static final int MIN_N = 3;
    public static final int MAX_N = 8;
    public static final int MAX_TAU = 10_000;

    public PeccaryState {
        series = List.copyOf(series);
        if (series.isEmpty() || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("series: 1.." + MAX_SERIES + " series, got " + series.size());
        }
        if (n < MIN_N || n > Math.min(MAX_N, OrdinalPatterns.MAX_DIMENSION)) {
            throw new IllegalArgumentException("n must be in " + MIN_N + ".." + MAX_N + ", got " + n);
        }
        if (tau < 1 || tau > MAX_TAU) {
            throw new IllegalArgumentException("tau must be in 1.." + MAX_TAU + ", got " + tau);
        }
        if (sweepFrom != 0 && (sweepFrom < 1 || sweepTo < sweepFrom || sweepTo > MAX_TAU)) {
            throw new IllegalArgumentException("the tau sweep must satisfy 1 <= from <= to <= " + MAX_TAU + ", got "
                    + sweepFrom + ".." + sweepTo);
        }
        if (sweepFrom == 0 && sweepTo != 0) {
            throw new IllegalArgumentException("a state without a sweep has sweepTo 0, got " + sweepTo);
        }
    }

    /** Lorenz x, 20000 steps of 0.01, n = 5, tau = 1, swept over 1..40. */
    public static PeccaryState defaults() {
        return new PeccaryState(List.of(SeriesSpec.ofSystem("Lorenz", 0, 20_000, 0.01)), 5, 1, 1, 40);
    }

    public boolean hasSweep() {
        return sweepFrom > 0;
    }

    public PeccaryState withSeries(List<SeriesSpec> newSeries) {
        return new PeccaryState(newSeries, n, tau, sweepFrom, sweepTo);
    }

    public PeccaryState withN(int newN) {
        return new PeccaryState(series, newN, tau, sweepFrom, sweepTo);
    }

    public PeccaryState withTau(int newTau) {
        return new PeccaryState(series, n, newTau, sweepFrom, sweepTo);
    }

    /** With a sweep over from..to, or none when {@code from == 0}. */
    public PeccaryState withSweep(int from, int to) {
        return new PeccaryState(series, n, tau, from, from == 0 ? 0 : to);
    }
}

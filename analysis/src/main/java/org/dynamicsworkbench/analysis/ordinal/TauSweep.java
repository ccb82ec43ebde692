package org.dynamicsworkbench.analysis.ordinal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * (H, C) of one series at every delay tau in a range, the delays spread over a bounded pool of threads
 * (each delay is one pass over the data). The series is checked for NaN and infinity once.
 */
public final class TauSweep {

    private TauSweep() {
    }

    /**
     * @param series  the samples
     * @param name    the series' name for error messages
     * @param n       embedding dimension
     * @param taus    the delays, each at least 1
     * @param threads at most this many threads (1 runs on the caller's thread)
     * @throws IllegalArgumentException if the series is too short for the largest delay or not finite
     */
    public static TauSweepResult run(double[] series, String name, int n, int[] taus, int threads) {
        if (taus.length == 0) {
            throw new IllegalArgumentException("a tau sweep needs at least one delay");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        OrdinalPatterns.requireFinite(series, name);
        OrdinalPatterns[] patterns = new OrdinalPatterns[taus.length];
        for (int i = 0; i < taus.length; i++) {
            patterns[i] = new OrdinalPatterns(n, taus[i]);
            if (series.length < patterns[i].minimumLength()) {
                throw new IllegalArgumentException(name + ": " + series.length + " samples are too few for n = " + n
                        + " and tau = " + taus[i] + " (need at least (n-1)*tau+1 = " + patterns[i].minimumLength()
                        + ")");
            }
        }
        PatternCounts[] counts = new PatternCounts[taus.length];
        int poolSize = Math.min(threads, taus.length);
        if (poolSize == 1) {
            for (int i = 0; i < taus.length; i++) {
                counts[i] = patterns[i].countFinite(series, name);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(poolSize, runnable -> {
                Thread thread = new Thread(runnable, "tau-sweep");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<PatternCounts>> futures = new ArrayList<>(taus.length);
                for (OrdinalPatterns p : patterns) {
                    futures.add(pool.submit(() -> p.countFinite(series, name)));
                }
                for (int i = 0; i < taus.length; i++) {
                    counts[i] = futures.get(i).get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("tau sweep interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return TauSweepResult.of(n, taus, counts);
    }

    /** The delays from..to inclusive. */
    public static int[] range(int from, int to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("tau range must satisfy 1 <= from <= to, got " + from + ":" + to);
        }
        int[] taus = new int[to - from + 1];
        for (int i = 0; i < taus.length; i++) {
            taus[i] = from + i;
        }
        return taus;
    }
}

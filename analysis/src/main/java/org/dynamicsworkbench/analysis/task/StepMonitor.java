package org.dynamicsworkbench.analysis.task;

/**
 * Paces the progress reports and cancellation polls of a loop over a known number of steps: the loop
 * runs in chunks of at most {@link #POLL_INTERVAL} steps and calls {@link #checkpoint} between chunks,
 * which polls the token and reports progress at most about 100 times over the whole run.
 * One instance per run; not thread-safe.
 */
public final class StepMonitor {
    /** Steps between cancellation polls. */
    public static final int POLL_INTERVAL = 4096;
    private static final int REPORTS = 100;

    private final long totalSteps;
    private final long reportInterval;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private long nextReport;

    /**
     * @param totalSteps number of steps of the whole run (at least 0)
     * @throws CancelledException if the token is already cancelled
     */
    public StepMonitor(long totalSteps, ProgressListener progress, CancellationToken cancel) {
        if (totalSteps < 0) {
            throw new IllegalArgumentException("total steps must be >= 0, got " + totalSteps);
        }
        this.totalSteps = totalSteps;
        this.reportInterval = Math.max(1, totalSteps / REPORTS);
        this.progress = progress;
        this.cancel = cancel;
        this.nextReport = reportInterval;
        cancel.throwIfCancelled();
    }

    /** The step at which the chunk starting at {@code step} ends: the next checkpoint. */
    public long chunkEnd(long step) {
        return Math.min(totalSteps, step + POLL_INTERVAL);
    }

    /**
     * Polls the token and, when due, reports {@code stepsDone / totalSteps}.
     *
     * @throws CancelledException if cancelled
     */
    public void checkpoint(long stepsDone) {
        cancel.throwIfCancelled();
        if (stepsDone >= nextReport && stepsDone < totalSteps) {
            progress.report((double) stepsDone / totalSteps);
            nextReport = stepsDone + reportInterval;
        }
    }

    /** Reports completion (1.0). */
    public void done() {
        progress.report(1.0);
    }
}

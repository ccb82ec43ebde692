package org.dynamicsworkbench.analysis.alrnn.train;

/** Training produced a non-finite loss or parameter; the last good checkpoint is kept. */
public final class DivergedTrainingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int epoch;

    public DivergedTrainingException(int epoch, String problem) {
        super("training diverged in epoch " + (epoch + 1) + ": " + problem
                + " (try a smaller learning rate or a shorter forcing interval)");
        this.epoch = epoch;
    }

    /** The 0-based epoch in which it happened. */
    public int epoch() {
        return epoch;
    }
}

package org.dynamicsworkbench.analysis.alrnn.train;

/**
 * One epoch's line in a run's metrics: the number of epochs completed, the mean training loss, the GTF alpha
 * at its end (1 for sparse forcing), the learning rate used, and the checkpoint evaluation (null between
 * checkpoints).
 */
public record EpochRecord(int epoch, double loss, double alpha, double learningRate, ModelEvaluation evaluation) {

    public boolean isCheckpoint() {
        return evaluation != null;
    }
}

package org.dynamicsworkbench.analysis.learning;

/** Receives named scalars from an experiment. */
@FunctionalInterface
public interface ScalarSink {
    /**
     * @param name  snake_case metric name, e.g. {@code train_loss}
     * @param value the value (non-finite values are allowed and stored as such)
     */
    void put(String name, double value);
}

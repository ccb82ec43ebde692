package org.dynamicsworkbench.analysis.alrnn.train;

/**
 * How well a model's free run reproduces the data: state-space divergence, power-spectrum Hellinger distance
 * and the n-step prediction error (NaN where a free run left every finite range).
 */
public record ModelEvaluation(double stateSpaceDivergence, double hellingerDistance, double predictionError,
                              int predictionSteps) {
}

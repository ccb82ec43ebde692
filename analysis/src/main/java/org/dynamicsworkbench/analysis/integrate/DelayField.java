package org.dynamicsworkbench.analysis.integrate;

/**
 * The right-hand side of a system of delay equations with one delay: y'(t) = F(t, y(t), y(t - tau)).
 * Implementations must not allocate; {@code out} is never {@code current} or {@code delayed}.
 */
@FunctionalInterface
public interface DelayField {

    void evaluate(double t, double[] current, double[] delayed, double[] out);
}

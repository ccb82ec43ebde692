package org.dynamicsworkbench.analysis.system.delay;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * A scalar delay differential equation x'(t) = f(x(t), x(t - tau); p) whose delay tau is the parameter
 * named "tau". As in dysts, the history before t = 0 is constant and the state the catalog, the command line
 * and the explorer see is a delay embedding of x: {@link #dimension()} is the length of the catalog's
 * initial condition (dysts' embedding dimension, 10), with lags evenly spaced from 0 to tau.
 *
 * <p>Such a state does not determine the future (the equation needs the whole history on [t - tau, t]), so
 * {@link #rhs} and {@link #jacobian} are not defined: integrate with
 * {@link org.dynamicsworkbench.analysis.integrate.DelayIntegrator}. Implementations must not allocate.
 */
public abstract class DelayEquation extends AbstractDynamicalSystem {
    private final int delayIndex;

    /**
     * @param metadata       the catalog entry (an embedding of at least one value as initial condition)
     * @param parameterNames the parameter names the equation indexes, alphabetical; must include "tau"
     * @throws IllegalArgumentException naming the system and the mismatching field
     */
    protected DelayEquation(SystemMetadata metadata, String... parameterNames) {
        super(metadata, SystemKind.DELAY, metadata.initialCondition().length, parameterNames);
        this.delayIndex = metadata.parameterIndex("tau");
        if (delayIndex < 0) {
            throw new IllegalArgumentException(metadata.name() + ": a delay equation needs a parameter 'tau', got "
                    + metadata.parameterNames());
        }
    }

    /** f(x, x_tau; p): the derivative of x at a time where x = {@code x} and x(t - tau) = {@code delayed}. */
    public abstract double derivative(double x, double delayed, double[] p);

    /** df/dx (the current value), for the variational equation. */
    public abstract double derivativeByCurrent(double x, double delayed, double[] p);

    /** df/dx_tau (the delayed value), for the variational equation. */
    public abstract double derivativeByDelayed(double x, double delayed, double[] p);

    /** The delay tau in {@code p}. */
    public final double delay(double[] p) {
        return p[delayIndex];
    }

    /** Index of "tau" in the parameter array. */
    public final int delayParameterIndex() {
        return delayIndex;
    }

    /** Not defined for a delay equation (the embedding does not determine the future). */
    @Override
    public final void rhs(double[] x, double t, double[] p, double[] out) {
        throw notAnOde();
    }

    /** Not defined for a delay equation (the embedding does not determine the future). */
    @Override
    public final void jacobian(double[] x, double t, double[] p, double[] out) {
        throw notAnOde();
    }

    private UnsupportedOperationException notAnOde() {
        return new UnsupportedOperationException(name() + " is a delay equation: its state is a delay embedding "
                + "that does not determine the future; integrate it with DelayIntegrator");
    }
}

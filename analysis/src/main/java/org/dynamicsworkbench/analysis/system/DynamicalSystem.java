package org.dynamicsworkbench.analysis.system;

import java.util.List;

/**
 * An immutable rule: a flow x' = f(x, t; p) or a map x_{n+1} = f(x_n; p). Parameters are passed in,
 * never stored, as a flat {@code double[]} in the order of {@link #parameterNames()} (alphabetical, as in
 * dysts). Implementations must not allocate in {@link #rhs} or {@link #jacobian}: they are hot loops.
 */
public interface DynamicalSystem {

    /** Catalog name, e.g. "Lorenz". */
    String name();

    SystemKind kind();

    int dimension();

    /** Parameter names in the order the parameter array uses (alphabetical). */
    List<String> parameterNames();

    /** The metadata of this system: default parameters, initial condition, dt, period, estimates. */
    SystemMetadata metadata();

    /**
     * Flow: writes dx/dt at (x, t) into {@code out}. Map: writes the next state into {@code out}.
     * {@code out} is never the same array as {@code x}.
     */
    void rhs(double[] x, double t, double[] p, double[] out);

    /** Whether {@link #jacobian} is analytic; if false it is a central finite difference. */
    boolean hasAnalyticJacobian();

    /**
     * Writes the Jacobian df/dx at (x, t) into {@code out}, row-major d x d ({@code out[i*d+j] = df_i/dx_j}).
     * Analytic where {@link #hasAnalyticJacobian()}, otherwise a central finite difference.
     */
    void jacobian(double[] x, double t, double[] p, double[] out);
}

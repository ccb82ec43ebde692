package org.dynamicsworkbench.analysis.system;

import java.util.List;

/**
 * Name and metadata plumbing shared by the built-in systems, and a central finite-difference Jacobian
 * for systems that have no analytic one. The constructor checks that the catalog metadata fits the
 * equations (kind, parameter names in alphabetical order, length of the initial condition).
 *
 * <p>Subclasses with an analytic Jacobian override both {@link #jacobian} and {@link #hasAnalyticJacobian}.
 */
public abstract class AbstractDynamicalSystem implements DynamicalSystem {
    /** Relative step of the central difference: the cube root of the machine epsilon. */
    private static final double FD_STEP = Math.cbrt(Math.ulp(1.0));

    private final SystemMetadata metadata;
    private final int dimension;
    /** Per-thread scratch for the finite difference: shifted state, f(x + h), f(x - h). */
    private final ThreadLocal<double[][]> differenceScratch;

    /**
     * @param metadata       the catalog entry of this system
     * @param kind           flow or map, as the equations define it
     * @param dimension      state dimension the equations use
     * @param parameterNames the parameter names the equations index, alphabetical
     * @throws IllegalArgumentException naming the system and the mismatching field
     */
    protected AbstractDynamicalSystem(SystemMetadata metadata, SystemKind kind, int dimension,
                                      String... parameterNames) {
        String name = metadata.name();
        if (metadata.kind() != kind) {
            throw new IllegalArgumentException(name + ": catalog says " + metadata.kind().label()
                    + " but the equations define a " + kind.label());
        }
        if (!metadata.parameterNames().equals(List.of(parameterNames))) {
            throw new IllegalArgumentException(name + ": parameters: catalog has " + metadata.parameterNames()
                    + " but the equations use " + List.of(parameterNames));
        }
        if (metadata.initialCondition().length != dimension) {
            throw new IllegalArgumentException(name + ": initial_conditions: expected " + dimension
                    + " values, got " + metadata.initialCondition().length);
        }
        this.metadata = metadata;
        this.dimension = dimension;
        this.differenceScratch = ThreadLocal.withInitial(() -> new double[3][dimension]);
    }

    @Override
    public final String name() {
        return metadata.name();
    }

    @Override
    public final SystemKind kind() {
        return metadata.kind();
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public final List<String> parameterNames() {
        return metadata.parameterNames();
    }

    @Override
    public final SystemMetadata metadata() {
        return metadata;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return false;
    }

    /** The central finite difference unless a subclass overrides it with the analytic Jacobian. */
    @Override
    public void jacobian(double[] x, double t, double[] p, double[] out) {
        finiteDifferenceJacobian(x, t, p, out);
    }

    /**
     * Central finite difference of {@link #rhs}: column j is (f(x + h e_j) - f(x - h e_j)) / 2h with
     * h = eps^(1/3) max(1, |x_j|). Allocation-free after the first call on a thread.
     */
    protected final void finiteDifferenceJacobian(double[] x, double t, double[] p, double[] out) {
        double[][] scratch = differenceScratch.get();
        double[] shifted = scratch[0];
        double[] plus = scratch[1];
        double[] minus = scratch[2];
        int d = dimension;
        System.arraycopy(x, 0, shifted, 0, d);
        for (int j = 0; j < d; j++) {
            double xj = x[j];
            double h = FD_STEP * Math.max(1.0, Math.abs(xj));
            shifted[j] = xj + h;
            double hPlus = shifted[j] - xj;
            rhs(shifted, t, p, plus);
            shifted[j] = xj - h;
            double hMinus = xj - shifted[j];
            rhs(shifted, t, p, minus);
            shifted[j] = xj;
            double span = hPlus + hMinus;
            for (int i = 0; i < d; i++) {
                out[i * d + j] = (plus[i] - minus[i]) / span;
            }
        }
    }

    @Override
    public String toString() {
        return name() + " (" + kind().label() + ", dimension " + dimension + ")";
    }
}

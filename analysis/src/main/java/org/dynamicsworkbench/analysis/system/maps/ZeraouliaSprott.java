package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Zeraoulia-Sprott rational map: x' = -a x / (1 + y^2), y' = x + b y. Parameters (a, b).
 *
 * <p>Default parameters: a = 2.7, b = 0.35, the chaotic regime of Zeraoulia and Sprott (2010) and the values
 * of later dysts versions, instead of the catalog's a = 1.641, b = 1.902. Those are the de Jong map's
 * values, copied into this entry by mistake: with b > 1 the linear part y' = x + b y expands, and from the
 * catalog initial condition |y| passes 10^15 after 56 iterations. The catalog initial condition is kept; it
 * lies in the basin of the bounded attractor at (2.7, 0.35).
 */
public final class ZeraouliaSprott extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    /** The published chaotic parameters (a, b) that replace the catalog's de Jong values. */
    static final double[] PUBLISHED_PARAMETERS = {2.7, 0.35};

    public ZeraouliaSprott(SystemMetadata metadata) {
        super(withPublishedParameters(metadata), SystemKind.MAP, 2, "a", "b");
    }

    private static SystemMetadata withPublishedParameters(SystemMetadata m) {
        return new SystemMetadata(m.name(), m.kind(), m.description(), m.citation(), m.parameterNames(),
                PUBLISHED_PARAMETERS, m.initialCondition(), m.dt(), m.period(), m.maximumLyapunovEstimated(),
                m.lyapunovSpectrumEstimated(), m.kaplanYorkeDimension(), m.correlationDimension(),
                m.nonautonomous(), m.delay(), m.hamiltonian(), m.mean(), m.std(),
                m.unboundedIndices());
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        out[0] = -a * x / (1 + y * y);
        out[1] = x + b * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        out[0] = -a / (1 + y * y);
        out[1] = 2 * a * x * y / ((1 + y * y) * (1 + y * y));
        out[2] = 1;
        out[3] = b;
    }
}

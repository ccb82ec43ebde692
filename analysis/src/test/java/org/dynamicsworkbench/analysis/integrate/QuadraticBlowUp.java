package org.dynamicsworkbench.analysis.integrate;

import java.util.List;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/** Test-only flow x' = x^2, which from x(0) = 1 reaches infinity at t = 1 (x = 1 / (1 - t)). */
public final class QuadraticBlowUp extends AbstractDynamicalSystem {

    public QuadraticBlowUp() {
        super(SystemMetadata.minimal("QuadraticBlowUp", SystemKind.FLOW, List.of(), new double[0],
                new double[] {1.0}, 0.01, 1.0), SystemKind.FLOW, 1);
    }

    @Override
    public void rhs(double[] x, double t, double[] p, double[] out) {
        out[0] = x[0] * x[0];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] x, double t, double[] p, double[] out) {
        out[0] = 2 * x[0];
    }
}

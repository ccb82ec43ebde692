package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Duffing map (Holmes): x' = y, y' = -b x + a y - y^3. Parameters (a, b). dysts calls it Duffing; the
 * catalog names it DuffingMap because Duffing is the forced oscillator flow (see SystemCatalog#find).
 */
public final class DuffingMap extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;

    public DuffingMap(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double a = par[A];
        double b = par[B];
        out[0] = y;
        out[1] = -b * x + a * y - y * y * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double y = state[1];
        double a = par[A];
        double b = par[B];
        out[0] = 0;
        out[1] = 1;
        out[2] = -b;
        out[3] = a - 3 * y * y;
    }
}

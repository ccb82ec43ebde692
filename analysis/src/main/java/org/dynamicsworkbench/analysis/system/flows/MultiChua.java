package org.dynamicsworkbench.analysis.system.flows;

import java.util.ArrayList;
import java.util.List;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Multi-scroll Chua circuit with a six-segment piecewise-linear diode (dysts form):
 * D(x) = m_5 x + sum_{i=1..5} (m_{i-1} - m_i) (|x + c_i| - |x - c_i|) / 2, x' = a (y - D(x)), y' = x - y + z,
 * z' = -b y. Parameters (a, b, c_0..c_5, m_0..m_5), the arrays flattened by the catalog (c_0 is unused, as in
 * dysts). The Jacobian is the piecewise one: D'(x) = m_5 + sum (m_{i-1} - m_i) (sign(x + c_i) - sign(x - c_i)) / 2.
 */
public final class MultiChua extends AbstractDynamicalSystem {
    private static final int SEGMENTS = 6;
    private static final int A = 0;
    private static final int B = 1;
    private static final int C0 = 2;
    private static final int M0 = C0 + SEGMENTS;

    public MultiChua(SystemMetadata metadata) {
        super(metadata, SystemKind.FLOW, 3, equationParameterNames());
    }

    private static String[] equationParameterNames() {
        List<String> names = new ArrayList<>(List.of("a", "b"));
        names.addAll(SystemMetadata.indexedParameterNames("c", SEGMENTS));
        names.addAll(SystemMetadata.indexedParameterNames("m", SEGMENTS));
        return names.toArray(String[]::new);
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double diode = par[M0 + SEGMENTS - 1] * x;
        for (int i = 1; i < SEGMENTS; i++) {
            double c = par[C0 + i];
            diode += 0.5 * (par[M0 + i - 1] - par[M0 + i]) * (Math.abs(x + c) - Math.abs(x - c));
        }
        out[0] = par[A] * (y - diode);
        out[1] = x - y + z;
        out[2] = -par[B] * y;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double x = state[0];
        double slope = par[M0 + SEGMENTS - 1];
        for (int i = 1; i < SEGMENTS; i++) {
            double c = par[C0 + i];
            slope += 0.5 * (par[M0 + i - 1] - par[M0 + i]) * (Math.signum(x + c) - Math.signum(x - c));
        }
        double a = par[A];
        out[0] = -a * slope;
        out[1] = a;
        out[2] = 0;
        out[3] = 1;
        out[4] = -1;
        out[5] = 1;
        out[6] = 0;
        out[7] = -par[B];
        out[8] = 0;
    }
}

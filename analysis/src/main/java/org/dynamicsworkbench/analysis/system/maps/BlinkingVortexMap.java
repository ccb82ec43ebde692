package org.dynamicsworkbench.analysis.system.maps;

import org.dynamicsworkbench.analysis.system.AbstractDynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Aref's blinking vortex in a disk as a map of one full blink period, in dysts' polar state (r, theta).
 * Parameters (a, b, gamma, t): disk radius a, vortex circulation gamma, blink duration t; the vortex sits at
 * (b, 0) for time t, then at (-b, 0) for time t.
 *
 * <p>One iteration is {@code F(-b) o F(b)}, with F(b) the exact time-t flow of the vortex at (b, 0) and its image
 * at (a^2 / b, 0) ({@link DiskVortexFlow}): fluid points move along circles of Apollonius with a phase that
 * obeys a Kepler equation, solved by safeguarded Newton iteration to a few ulp. The map is a pure function of
 * (r, theta) and the parameters; it returns r &gt;= 0 and theta = atan2(y, x) in (-pi, pi].
 *
 * <p>Relation to dysts: dysts' {@code BlinkingVortexMap} is one half-period per call and flips the sign of b
 * after every call, so its iteration alternates between two half-maps and depends on how often it has been
 * called; the first call of a run (vortex at +b) agrees with F(b) here to rounding. dysts' formula then reuses the
 * b &gt; 0 phase law for the vortex at -b, which puts the fast part of each circle on the side away from the
 * vortex; that half-map is not the flow of the vortex at -b (it is not area-preserving, although the metadata
 * marks the system Hamiltonian). Here the second half is the true flow of the vortex at -b, which equals the
 * first half conjugated by the rotation z -> -z. Checked against a direct numerical integration of the
 * vortex-pair velocity field: the two agree to 1e-14 at the initial condition, where dysts' second half is off
 * by 0.9 rad.
 *
 * <p>The flow is incompressible, so the map preserves area in the plane: in (r, theta) its Jacobian determinant
 * is r / r'. The analytic Jacobian differentiates through the Kepler root by the implicit function theorem.
 */
public final class BlinkingVortexMap extends AbstractDynamicalSystem {
    private static final int A = 0;
    private static final int B = 1;
    private static final int GAMMA = 2;
    private static final int T = 3;
    /** Per-thread scratch of the Jacobian: the two half-periods' positions and Jacobians. */
    private final ThreadLocal<double[][]> jacobianScratch = ThreadLocal.withInitial(() -> new double[2][6]);

    public BlinkingVortexMap(SystemMetadata metadata) {
        super(metadata, SystemKind.MAP, 2, "a", "b", "gamma", "t");
    }

    @Override
    public void rhs(double[] state, double time, double[] par, double[] out) {
        double r = state[0];
        double theta = state[1];
        double a = par[A];
        double b = par[B];
        double gamma = par[GAMMA];
        double t = par[T];
        DiskVortexFlow.advance(r * Math.cos(theta), r * Math.sin(theta), a, b, gamma, t, out, false);
        DiskVortexFlow.advance(out[0], out[1], a, -b, gamma, t, out, false);
        double x = out[0];
        double y = out[1];
        out[0] = Math.hypot(x, y);
        out[1] = Math.atan2(y, x);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    /** Chain rule: d(polar out)/d(x, y) . J(second half) . J(first half) . d(x, y)/d(r, theta). */
    @Override
    public void jacobian(double[] state, double time, double[] par, double[] out) {
        double r = state[0];
        double theta = state[1];
        double a = par[A];
        double b = par[B];
        double gamma = par[GAMMA];
        double t = par[T];
        double[][] scratch = jacobianScratch.get();
        double[] first = scratch[0];
        double[] second = scratch[1];
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        DiskVortexFlow.advance(r * cos, r * sin, a, b, gamma, t, first, true);
        DiskVortexFlow.advance(first[0], first[1], a, -b, gamma, t, second, true);
        // M = J2 . J1
        double m00 = second[2] * first[2] + second[3] * first[4];
        double m01 = second[2] * first[3] + second[3] * first[5];
        double m10 = second[4] * first[2] + second[5] * first[4];
        double m11 = second[4] * first[3] + second[5] * first[5];
        // N = M . d(x, y)/d(r, theta), columns (cos, sin) and (-r sin, r cos)
        double n00 = m00 * cos + m01 * sin;
        double n01 = r * (m01 * cos - m00 * sin);
        double n10 = m10 * cos + m11 * sin;
        double n11 = r * (m11 * cos - m10 * sin);
        // rows d r' = (x dx + y dy) / r', d theta' = (x dy - y dx) / r'^2
        double x = second[0];
        double y = second[1];
        double rr = x * x + y * y;
        double rOut = Math.sqrt(rr);
        out[0] = (x * n00 + y * n10) / rOut;
        out[1] = (x * n01 + y * n11) / rOut;
        out[2] = (x * n10 - y * n00) / rr;
        out[3] = (x * n11 - y * n01) / rr;
    }
}

package org.dynamicsworkbench.analysis.system.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dynamicsworkbench.analysis.system.CentralDifferenceJacobian;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.junit.jupiter.api.Test;

/**
 * The blinking vortex map (one full blink period, state (r, theta)) against values computed independently with
 * Python: the first half-period with dysts' formulas as read in dysts/maps.py (its Kepler equation solved with
 * scipy's brentq), the second half as that half-step conjugated by z -> -z. A DOP853 integration (rtol 1e-13)
 * of the vortex-pair velocity field, vortex at (b, 0) then at (-b, 0) for t each, gives the same points to
 * 1e-14; dysts' own second half-step (its b &gt; 0 phase law reused at -b) would give (0.65514, 0.67421) from
 * the initial condition instead of (0.62929, -0.21889).
 */
class BlinkingVortexMapTest {
    private static final DynamicalSystem MAP = SystemCatalog.builtin().require("BlinkingVortexMap");
    private static final double[] P = MAP.metadata().defaultParameters();

    @Test
    void isRegisteredAsATwoDimensionalMapWithTheCatalogParameters() {
        assertSame(SystemKind.MAP, MAP.kind());
        assertEquals(2, MAP.dimension());
        assertEquals(List.of("a", "b", "gamma", "t"), MAP.parameterNames());
        assertArrayEquals(new double[] {1.0, 0.5, 1.0, 1.5}, P);
        assertArrayEquals(new double[] {0.17, 0.33}, MAP.metadata().initialCondition());
    }

    @Test
    void oneBlinkPeriodMatchesTheIndependentComputation() {
        assertStep(new double[] {0.17, 0.33}, 0.6292889424370909, -0.2188881538586479);
        assertStep(new double[] {0.8, 2.0}, 0.8802871771901623, 2.6422702496062866);
        assertStep(new double[] {0.45, -1.2}, 0.7066043127500687, -0.44985031557450006);
    }

    @Test
    void aVortexAtTheCentreTurnsEachCircleRigidly() {
        double[] p = {1.0, 0.0, 1.0, 1.5};
        double r = 0.3;
        double[] out = new double[2];
        MAP.rhs(new double[] {r, 0.2}, 0, p, out);
        double turned = 0.2 + 1.0 * 1.5 / (Math.PI * r * r);
        assertEquals(r, out[0], 1e-15);
        assertEquals(Math.IEEEremainder(turned, 2 * Math.PI), out[1], 1e-13);
        CentralDifferenceJacobian.assertMatches(MAP, p, new double[] {r, 0.2}, 0, "b = 0");
    }

    @Test
    void theWallAndEveryCircleOfApolloniusAreStreamlines() {
        double[] out = new double[2];
        for (double theta = -3; theta < 3.2; theta += 0.5) {
            MAP.rhs(new double[] {1.0, theta}, 0, P, out);
            assertEquals(1.0, out[0], 1e-12, "wall point at theta " + theta);
        }
        // the vortex at (b, 0) = (0.5, 0) stays put for the first half, then moves on its streamline of the
        // vortex at (-0.5, 0): |z + b| / |z + a^2 / b| = 1 / 2.5
        MAP.rhs(new double[] {0.5, 0.0}, 0, P, out);
        double x = out[0] * Math.cos(out[1]);
        double y = out[0] * Math.sin(out[1]);
        assertTrue(Math.hypot(x - 0.5, y) > 0.1, "moved in the second half: " + x + ", " + y);
        assertEquals(0.4, Math.hypot(x + 0.5, y) / Math.hypot(x + 2, y), 1e-12);
    }

    @Test
    void jacobianMatchesCentralDifferences() {
        assertTrue(MAP.hasAnalyticJacobian());
        CentralDifferenceJacobian.assertMatches(MAP, P, MAP.metadata().initialCondition(), 0, "initial condition");
        CentralDifferenceJacobian.assertMatches(MAP, P, new double[] {0.8, 2.0}, 0, "(0.8, 2)");
        double[][] orbit = iterate(P, 100);
        CentralDifferenceJacobian.assertMatches(MAP, P, orbit[100], 0, "100th iterate");
        double[] negative = {1.0, -0.3, 0.7, 2.0};
        CentralDifferenceJacobian.assertMatches(MAP, negative, new double[] {0.6, 1.1}, 0, "b = -0.3");
    }

    /** Incompressible flow: area r dr dtheta is preserved, so det J = r / r' in these coordinates. */
    @Test
    void preservesAreaAlongAnOrbit() {
        double[][] orbit = iterate(P, 1000);
        double[] jacobian = new double[4];
        for (int i = 0; i < orbit.length - 1; i++) {
            MAP.jacobian(orbit[i], 0, P, jacobian);
            double det = jacobian[0] * jacobian[3] - jacobian[1] * jacobian[2];
            assertEquals(1.0, det * orbit[i + 1][0] / orbit[i][0], 1e-9, "iterate " + i);
        }
    }

    @Test
    void tenThousandIterationsStayInTheDiskAndKeepMoving() {
        double[][] orbit = iterate(P, 10_000);
        Set<List<Double>> lastHundred = new HashSet<>();
        for (int i = 0; i < orbit.length; i++) {
            double r = orbit[i][0];
            double theta = orbit[i][1];
            assertTrue(r >= 0 && r < 1 && Math.abs(theta) <= Math.PI, "iterate " + i + ": (" + r + ", " + theta + ")");
            if (i > orbit.length - 101) {
                lastHundred.add(List.of(Math.rint(r * 1e9), Math.rint(theta * 1e9)));
            }
        }
        assertEquals(100, lastHundred.size(), "distinct points among the last 100 iterates");
    }

    @Test
    void keplerSolverReachesMachinePrecisionUpToNearlyParabolicOrbits() {
        for (double e : new double[] {0, 0.3, 0.9, 0.999, 1 - 1e-9}) {
            for (double m = -40; m <= 40; m += 0.37) {
                double root = KeplerEquation.solveReduced(e, m);
                double reduced = m - 2 * Math.PI * Math.rint(m / (2 * Math.PI));
                assertEquals(reduced, root - e * Math.sin(root), 2e-15 * Math.max(1, Math.abs(reduced)),
                        "e = " + e + ", M = " + m);
            }
        }
        assertEquals(0.0, KeplerEquation.solveReduced(0.999999, 0.0), 0.0);
    }

    private static void assertStep(double[] state, double r, double theta) {
        double[] out = new double[2];
        MAP.rhs(state, 0, P, out);
        assertEquals(r, out[0], 1e-12, "r' from " + state[0] + ", " + state[1]);
        assertEquals(theta, out[1], 1e-12, "theta' from " + state[0] + ", " + state[1]);
    }

    private static double[][] iterate(double[] p, int n) {
        double[][] orbit = new double[n + 1][];
        orbit[0] = MAP.metadata().initialCondition();
        for (int i = 1; i <= n; i++) {
            orbit[i] = new double[2];
            MAP.rhs(orbit[i - 1], i - 1, p, orbit[i]);
        }
        return orbit;
    }
}

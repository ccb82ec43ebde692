package org.dynamicsworkbench.analysis.koopman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kernel EDMD, Hankel-DMD and the damped Duffing cases of koopman_oracles.json. */
class KoopmanSpectraOracleTest {

    @Test
    void kernelEdmdReproducesTheDegreeTwoSpectrum() {
        for (String system : new String[] {"linear_triangular", "linear_rotation"}) {
            JsonNode c = KoopmanOracles.cases().get(system);
            // A 15x15 midpoint grid instead of 41x41: the kernel's feature space (degree-2 monomials) is
            // invariant, so the eigenvalues are exact for any grid; this keeps the M^3 decomposition quick.
            SnapshotPairs pairs = KoopmanOracles.gridPairs(KoopmanOracles.matrix(c.get("A")), 15);
            KernelEdmdResult result = KernelEdmd.fit(pairs, Kernel.polynomial(2, 1.0), 1e-12);
            assertEquals(c.at("/kernel_edmd_poly2/rank_used").asInt(), result.rank(), system);
            double error = KoopmanOracles.matchError(result.eigenpairs().valuesRe(), result.eigenpairs().valuesIm(),
                    KoopmanOracles.complexList(c.at("/deg2/expected_eigs")));
            assertTrue(error < 1e-12, system + " kernel EDMD error " + error);
        }
    }

    @Test
    void hankelDmdFindsBothTonesExactly() {
        JsonNode c = KoopmanOracles.cases().get("hankel_dmd_two_tones");
        double[] x = new double[200];
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.sin(0.3 * k) + 0.5 * Math.cos(0.7 * k + 0.2);
        }
        HankelDmdResult result = HankelDmd.fit(x, 1, 10, 4);
        double error = KoopmanOracles.matchError(result.eigenpairs().valuesRe(), result.eigenpairs().valuesIm(),
                KoopmanOracles.complexList(c.get("expected")));
        assertTrue(error < 1e-12, "Hankel-DMD error " + error);
        double[] sv = HankelDmd.singularValues(x, 1, 10);
        for (int i = 0; i < 4; i++) {
            assertEquals(c.get("singular_values_of_H").get(i).asDouble(), sv[i], 1e-11);
        }
        assertTrue(sv[4] < 1e-12, "numerical rank 4");
        double[] omega = result.continuousTime((int) KoopmanOracles.nearest(result.eigenpairs(), Math.cos(0.3),
                Math.sin(0.3))[1], 1.0);
        assertEquals(0.3, omega[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> HankelDmd.fit(new double[8], 1, 10, 4));
    }

    private static SnapshotPairs duffingPairs(double x0, double x1, double v0, double v1, int grid, int steps) {
        List<double[]> trajectories = new ArrayList<>();
        for (int i = 0; i < grid; i++) {
            for (int j = 0; j < grid; j++) {
                double x = x0 + (x1 - x0) * i / (grid - 1);
                double v = v0 + (v1 - v0) * j / (grid - 1);
                trajectories.add(TestFlows.sample(TestFlows.DAMPED_DUFFING, new double[] {x, v}, 0.25, 50, steps + 1));
            }
        }
        return SnapshotPairs.fromTrajectories(2, trajectories);
    }

    @Test
    void dampedDuffingLocalPolynomialsRecoverTheFocusEigenvalue() {
        JsonNode c = KoopmanOracles.cases().get("duffing_damped_local_poly");
        double muRe = c.get("mu=exp(lam_c*dt)").get(0).asDouble();
        double muIm = c.get("mu=exp(lam_c*dt)").get(1).asDouble();
        SnapshotPairs pairs = duffingPairs(0.85, 1.15, -0.15, 0.15, 21, 30);
        assertEquals(13230, pairs.size());
        for (int degree = 3; degree <= 6; degree++) {
            EdmdModel model = Edmd.fit(pairs, MonomialDictionary.upToDegree(new double[] {1, 0}, degree),
                    EdmdOptions.stable());
            double[] nearest = KoopmanOracles.nearest(model.eigenpairs(), muRe, muIm);
            double[] residuals = ResDmd.residuals(model);
            JsonNode expected = c.at("/results/deg" + degree + "/mu");
            // Same order of magnitude as the oracle (integrator differs: RK4 h = 0.005 vs DOP853 1e-12).
            assertTrue(nearest[0] < 3 * expected.get("dist").asDouble() + 1e-6, "deg " + degree + " dist " + nearest[0]);
            assertTrue(residuals[(int) nearest[1]] < 3 * expected.get("residual").asDouble() + 1e-6,
                    "deg " + degree + " residual " + residuals[(int) nearest[1]]);
            if (degree >= 5) {
                assertTrue(nearest[0] < 1e-5 && residuals[(int) nearest[1]] < 1e-4, "deg " + degree);
            }
            double[] one = KoopmanOracles.nearest(model.eigenpairs(), 1, 0);
            assertTrue(one[0] < 1e-12 && residuals[(int) one[1]] < 1e-12, "eigenvalue 1 at deg " + degree);
            double[] rate = model.continuousTime((int) nearest[1], 0.25);
            assertEquals(-0.25, rate[0], 1e-3);
            assertEquals(Math.abs(c.get("mu=exp(lam_c*dt)").get(1).asDouble()) > 0 ? 1.3919410907075054 : 0,
                    Math.abs(rate[1]), 1e-3);
        }
    }

    @Test
    void dampedDuffingRadialBasisIsQualitativeAndFlaggedByResiduals() {
        JsonNode c = KoopmanOracles.cases().get("duffing_damped");
        SnapshotPairs pairs = duffingPairs(-2, 2, -2, 2, 32, 50);
        assertEquals(51200, pairs.size());
        double[] centres = new double[200];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                centres[(i * 10 + j) * 2] = -2 + 4.0 * i / 9;
                centres[(i * 10 + j) * 2 + 1] = -2.5 + 5.0 * j / 9;
            }
        }
        double d = RadialBasisDictionary.meanDistanceToMean(pairs.xView(), 2);
        assertEquals(c.get("d_scale").asDouble(), d, 0.01);
        Dictionary rbf = new RadialBasisDictionary(2, centres, d, RadialBasisDictionary.Shape.EXPONENTIAL);
        EdmdModel model = Edmd.fit(pairs, rbf, EdmdOptions.stable());
        double[] residuals = ResDmd.residuals(model);
        double[] one = KoopmanOracles.nearest(model.eigenpairs(), 1, 0);
        assertTrue(one[0] < 1e-3 && residuals[(int) one[1]] < 0.01, "eigenvalue 1: " + one[0]);
        JsonNode mu = c.at("/nearest/exp(lam_c dt)/target");
        double[] focus = KoopmanOracles.nearest(model.eigenpairs(), mu.get(0).asDouble(), mu.get(1).asDouble());
        assertTrue(focus[0] < 0.1 && residuals[(int) focus[1]] > 0.05, "a poor pair is flagged: " + focus[0]);
        assertEquals(c.at("/tau_N(z)/1.0").asDouble(), ResDmd.tau(model, 1, 0), 0.003);
        assertEquals(c.at("/tau_N(z)/0.5").asDouble(), ResDmd.tau(model, 0.5, 0), 0.02);
        long accepted = java.util.Arrays.stream(residuals).filter(r -> r < 0.01).count();
        assertTrue(accepted >= 1 && accepted <= 3, "eigenpairs with residual < 0.01: " + accepted);
    }
}

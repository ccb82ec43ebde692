package org.dynamicsworkbench.analysis.koopman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lorenz: ResDMD with delay dictionaries (continuous spectrum on the unit circle) and HAVOK. The data come
 * from RK4 rather than the oracles' DOP853, so chaotic trajectories differ pointwise and the assertions are
 * statistical, with the oracle's tolerances.
 */
class LorenzKoopmanOracleTest {
    private static double[] states;

    @BeforeAll
    static void integrate() {
        double[] start = TestFlows.advance(TestFlows.LORENZ, new double[] {1, 1, 1}, 100, 0.005);
        states = TestFlows.sample(TestFlows.LORENZ, start, 0.05, 10, 40_000 + 20);
    }

    private static EdmdModel delayModel(int delays) {
        int keep = 40_000 + delays;
        SnapshotPairs pairs = DelayEmbedding.pairs(3, Arrays.copyOf(states, keep * 3), delays);
        assertEquals(40_000, pairs.size());
        return Edmd.fit(pairs, DelayEmbedding.dictionary(pairs), EdmdOptions.stable());
    }

    @Test
    void resDmdSeesTheContinuousSpectrum() {
        JsonNode runs = KoopmanOracles.cases().at("/lorenz_resdmd_delay/runs");
        double previousOnCircle = Double.POSITIVE_INFINITY;
        for (int delays : new int[] {5, 10, 20}) {
            EdmdModel model = delayModel(delays);
            JsonNode run = runs.get("Nd=" + delays);
            assertEquals(run.get("N_dictionary").asInt(), model.size());
            double[] constant = new double[model.size()];
            constant[0] = 1;
            assertTrue(ResDmd.residual(model, 1, 0, constant, new double[model.size()]) < 1e-12);
            for (double r : new double[] {0, 0.5, 0.8, 0.9, 1.1, 1.5}) {
                assertEquals(Math.abs(1 - r), ResDmd.tau(model, r, 0), 1e-3, "Nd=" + delays + " tau(" + r + ")");
            }
            for (String theta : new String[] {"1.0", "3.0"}) {
                double t = Double.parseDouble(theta);
                double tau = ResDmd.tau(model, Math.cos(t), Math.sin(t));
                double expected = run.get("tau_on_circle_theta").get(theta).asDouble();
                assertEquals(expected, tau, 0.25 * expected, "Nd=" + delays + " tau(e^i" + theta + ")");
                if (theta.equals("3.0")) {
                    assertTrue(tau < previousOnCircle, "tau on the circle shrinks as the dictionary grows");
                    previousOnCircle = tau;
                }
            }
            double[] residuals = ResDmd.residuals(model);
            int kept = 0;
            int keptIndex = -1;
            for (int k = 0; k < residuals.length; k++) {
                if (residuals[k] < 0.05) {
                    kept++;
                    keptIndex = k;
                }
            }
            assertEquals(1, kept, "Nd=" + delays + ": the ResDMD filter at 0.05 keeps only lambda = 1");
            assertEquals(1, model.eigenpairs().valueRe(keptIndex), 1e-6);
        }
    }

    @Test
    void pseudospectrumGridIsParallelAndMatchesPointValues() {
        EdmdModel model = delayModel(5);
        double[] re = Pseudospectrum.axis(-1.2, 1.2, 7);
        double[] im = Pseudospectrum.axis(-0.05, 1.15, 5);
        Pseudospectrum grid = ResDmd.pseudospectrum(model, re, im, 2);
        for (int j = 0; j < im.length; j++) {
            for (int i = 0; i < re.length; i++) {
                assertEquals(ResDmd.tau(model, re[i], im[j]), grid.at(i, j), 0.0);
                double lowerBound = Math.abs(1 - Math.hypot(re[i], im[j]));
                assertTrue(grid.at(i, j) > lowerBound - 1e-3, "tau >= |1-|z|| up to quadrature error");
            }
        }
        double[] symmetric = Pseudospectrum.axis(-0.6, 0.6, 5);   // rows below the axis mirror those above
        Pseudospectrum mirrored = ResDmd.pseudospectrum(model, re, symmetric, 2);
        for (int j = 0; j < symmetric.length; j++) {
            for (int i = 0; i < re.length; i++) {
                assertEquals(ResDmd.tau(model, re[i], symmetric[j]), mirrored.at(i, j), 1e-13);
            }
        }
    }

    @Test
    void havokHasASkewSymmetricTridiagonalPartAndHeavyTailedForcing() {
        JsonNode c = KoopmanOracles.cases().get("havok_lorenz");
        double[] start = TestFlows.advance(TestFlows.LORENZ, new double[] {-8, 8, 27}, 50, 0.001);
        double[] x = TestFlows.column(TestFlows.sample(TestFlows.LORENZ, start, 0.001, 1, 200_000), 3, 0);
        HavokResult havok = Havok.fit(x, 0.001, 100, 15);
        double[] sv = havok.singularValues();
        for (int i = 1; i < 5; i++) {
            double expected = c.get("singular_values_normalised_first16").get(i).asDouble();
            assertEquals(expected, sv[i], 0.05 * expected, "normalised singular value " + i);
        }
        assertTrue(havok.skewSymmetryDefect() < 1e-3, "skew defect " + havok.skewSymmetryDefect());
        double[][] eig = havok.eigenvalues();
        double slowest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < eig[0].length; k++) {
            assertTrue(Math.abs(eig[0][k]) < 0.01 * Math.abs(eig[1][k]) + 1e-3, "nearly imaginary eigenvalue");
            slowest = Math.min(slowest, Math.abs(eig[1][k]));
        }
        // The frequencies depend on the stretch of attractor sampled: numpy's SVD/lstsq HAVOK on this very RK4
        // series gives 2.928 (this code: 2.928), the oracle's DOP853 series 3.213.
        assertEquals(3.213, slowest, 0.15 * 3.213);
        ForcingStatistics stats = havok.statistics();
        assertTrue(stats.excessKurtosis() > 3, "heavy tails: excess kurtosis " + stats.excessKurtosis());
        assertTrue(stats.activeFraction() > 0.002 && stats.activeFraction() < 0.03,
                "active fraction " + stats.activeFraction());
        assertEquals(c.at("/forcing_stats/std").asDouble(), stats.standardDeviation(),
                0.2 * c.at("/forcing_stats/std").asDouble());
    }
}

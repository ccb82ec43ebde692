package org.dynamicsworkbench.analysis.koopman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Linear maps on the 41x41 grid: EDMD is exact on monomial dictionaries (koopman_oracles.json). */
class EdmdLinearOracleTest {

    private static Dictionary dictionary(String name) {
        return switch (name) {
            case "linear" -> MonomialDictionary.linear(2);
            case "deg2" -> MonomialDictionary.upToDegree(2, 2);
            case "deg3" -> MonomialDictionary.upToDegree(2, 3);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void eigenvaluesResidualsAndPseudospectraMatchEveryLinearCase() {
        for (String system : new String[] {"linear_triangular", "linear_rotation"}) {
            JsonNode c = KoopmanOracles.cases().get(system);
            SnapshotPairs pairs = KoopmanOracles.gridPairs(KoopmanOracles.matrix(c.get("A")), 41);
            for (String dict : new String[] {"linear", "deg2", "deg3"}) {
                String label = system + " " + dict;
                JsonNode expected = c.get(dict);
                Dictionary dictionary = dictionary(dict);
                assertEquals(expected.get("dictionary").size(), dictionary.size(), label);
                for (EdmdOptions options : new EdmdOptions[] {EdmdOptions.stable(), EdmdOptions.fast()}) {
                    EdmdModel model = Edmd.fit(pairs, dictionary, options);
                    Eigenpairs e = model.eigenpairs();
                    double error = KoopmanOracles.matchError(e.valuesRe(), e.valuesIm(),
                            KoopmanOracles.complexList(expected.get("expected_eigs")));
                    assertTrue(error < 1e-12, label + " " + options.accumulation() + " eigenvalue error " + error);
                }
                EdmdModel model = Edmd.fit(pairs, dictionary, EdmdOptions.stable());
                double[] residuals = ResDmd.residuals(model);
                for (double r : residuals) {
                    assertTrue(r < 1e-12, label + " residual " + r);
                }
                Iterator<Map.Entry<String, JsonNode>> taus = expected.get("tau_N(z)").fields();
                while (taus.hasNext()) {
                    Map.Entry<String, JsonNode> t = taus.next();
                    double[] z = KoopmanOracles.parseComplex(t.getKey());
                    double tau = ResDmd.tau(model, z[0], z[1]);
                    assertEquals(t.getValue().get(0).asDouble(), tau, 1e-12, label + " tau(" + t.getKey() + ")");
                }
                EdmdModel gram = Edmd.fit(pairs, dictionary, EdmdOptions.fast());
                for (double r : ResDmd.residuals(gram)) {
                    assertTrue(r < 1e-6, label + " quadratic-form residual " + r);
                }
            }
        }
    }

    @Test
    void linearDictionaryGivesTheTransposeEigenfunctionsAndModes() {
        JsonNode c = KoopmanOracles.cases().get("linear_triangular");
        SnapshotPairs pairs = KoopmanOracles.gridPairs(KoopmanOracles.matrix(c.get("A")), 41);
        EdmdModel model = Edmd.fit(pairs, MonomialDictionary.linear(2), EdmdOptions.stable());
        double[] k = model.koopmanMatrix();
        double[][] expected = KoopmanOracles.matrix(c.at("/linear/K_matrix"));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(expected[i][j], k[i * 2 + j], 1e-14);
            }
        }
        Eigenpairs e = model.eigenpairs();
        int i09 = (int) KoopmanOracles.nearest(e, 0.9, 0)[1];
        int i05 = (int) KoopmanOracles.nearest(e, 0.5, 0)[1];
        double[] v09 = e.right(i09)[0];
        assertEquals(0.25, v09[1] / v09[0], 1e-13);                 // phi_0.9 = x1 + 0.25 x2
        assertEquals(0, e.right(i05)[0][0] / e.right(i05)[0][1], 1e-13);  // phi_0.5 = x2
        double[][] modes = model.stateModes();
        assertEquals(0, modes[0][i09 * 2 + 1] / modes[0][i09 * 2], 1e-13);        // (1, 0)
        assertEquals(-4, modes[0][i05 * 2 + 1] / modes[0][i05 * 2], 1e-12);       // (1, -4)/sqrt(17)
        // Reconstruction x = sum_k phi_k(x) v_k at a state off the grid.
        double[] state = {0.3, -0.7};
        double sum0 = 0;
        double sum1 = 0;
        for (int m = 0; m < 2; m++) {
            double phi = model.eigenfunction(m, state)[0][0];
            sum0 += phi * modes[0][m * 2];
            sum1 += phi * modes[0][m * 2 + 1];
        }
        assertEquals(0.3, sum0, 1e-13);
        assertEquals(-0.7, sum1, 1e-13);
        double[] rate = model.continuousTime(i05, 0.1);
        assertEquals(Math.log(0.5) / 0.1, rate[0], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> model.continuousTime(0, 0.0));
    }

    @Test
    void complexPairsSatisfyTheEigenEquation() {
        JsonNode c = KoopmanOracles.cases().get("linear_rotation");
        SnapshotPairs pairs = KoopmanOracles.gridPairs(KoopmanOracles.matrix(c.get("A")), 41);
        EdmdModel model = Edmd.fit(pairs, MonomialDictionary.upToDegree(2, 3), EdmdOptions.stable());
        double[] k = model.koopmanMatrix();
        Eigenpairs e = model.eigenpairs();
        int n = e.size();
        for (int m = 0; m < n; m++) {
            double[][] v = e.right(m);
            double[][] w = e.left(m);
            for (int i = 0; i < n; i++) {
                double kr = 0;
                double ki = 0;
                for (int j = 0; j < n; j++) {
                    kr += k[i * n + j] * v[0][j];
                    ki += k[i * n + j] * v[1][j];
                }
                assertEquals(e.valueRe(m) * v[0][i] - e.valueIm(m) * v[1][i], kr, 1e-12);
                assertEquals(e.valueRe(m) * v[1][i] + e.valueIm(m) * v[0][i], ki, 1e-12);
            }
            for (int j = 0; j < n; j++) {
                double[][] u = e.right(j);
                double re = 0;
                double im = 0;
                for (int i = 0; i < n; i++) {
                    re += w[0][i] * u[0][i] - w[1][i] * u[1][i];
                    im += w[0][i] * u[1][i] + w[1][i] * u[0][i];
                }
                assertEquals(m == j ? 1 : 0, re, 1e-9);
                assertEquals(0, im, 1e-9);
            }
        }
    }

    @Test
    void splittingThePassOverThreadsGivesTheSameModel() {
        JsonNode c = KoopmanOracles.cases().get("linear_rotation");
        SnapshotPairs pairs = KoopmanOracles.gridPairs(KoopmanOracles.matrix(c.get("A")), 41);
        Dictionary dictionary = MonomialDictionary.upToDegree(2, 3);
        for (EdmdOptions options : new EdmdOptions[] {EdmdOptions.stable(), EdmdOptions.fast()}) {
            EdmdModel one = Edmd.fit(pairs, dictionary, options);
            EdmdModel three = Edmd.fit(pairs, dictionary, options.withThreads(3));
            double[] k1 = one.koopmanMatrix();
            double[] k3 = three.koopmanMatrix();
            for (int i = 0; i < k1.length; i++) {
                assertEquals(k1[i], k3[i], 1e-12, options.accumulation() + " K entry " + i);
            }
            double[] g1 = one.gram();
            double[] g3 = three.gram();
            for (int i = 0; i < g1.length; i++) {
                assertEquals(g1[i], g3[i], 1e-14);
            }
        }
        assertEquals(ResDmd.tau(Edmd.fit(pairs, dictionary, EdmdOptions.stable()), 0.3, -0.4),
                ResDmd.tau(Edmd.fit(pairs, dictionary, EdmdOptions.stable().withThreads(2)), 0.3, -0.4), 1e-13);
    }

    @Test
    void dictionariesLargerThanTheDataAreRejected() {
        SnapshotPairs few = new SnapshotPairs(2, new double[] {0, 1, 2, 3}, new double[] {1, 2, 3, 4});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Edmd.fit(few, MonomialDictionary.upToDegree(2, 3), EdmdOptions.stable()));
        assertTrue(e.getMessage().contains("10 observables") && e.getMessage().contains("2 snapshot pairs"),
                e.getMessage());
    }
}

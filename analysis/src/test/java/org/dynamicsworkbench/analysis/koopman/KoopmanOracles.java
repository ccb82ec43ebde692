package org.dynamicsworkbench.analysis.koopman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Koopman oracle values (copied from the shared oracles into the test resources) and test data. */
final class KoopmanOracles {
    private static JsonNode root;

    private KoopmanOracles() {
    }

    static synchronized JsonNode cases() {
        if (root == null) {
            try (InputStream in = KoopmanOracles.class.getResourceAsStream("koopman_oracles.json")) {
                root = new ObjectMapper().readTree(in).get("cases");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** The 41x41 (or k x k) midpoint grid on [-1,1]^2 (x1 outer, x2 inner) and its image under a. */
    static SnapshotPairs gridPairs(double[][] a, int k) {
        double[] x = new double[k * k * 2];
        double[] y = new double[k * k * 2];
        int at = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double x1 = -1 + (2.0 * i + 1) / k;
                double x2 = -1 + (2.0 * j + 1) / k;
                x[at] = x1;
                x[at + 1] = x2;
                y[at] = a[0][0] * x1 + a[0][1] * x2;
                y[at + 1] = a[1][0] * x1 + a[1][1] * x2;
                at += 2;
            }
        }
        return new SnapshotPairs(2, x, y);
    }

    static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < node.size(); i++) {
            m[i] = new double[node.get(i).size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = node.get(i).get(j).asDouble();
            }
        }
        return m;
    }

    /** Complex numbers [[re, im], ...] from JSON. */
    static List<double[]> complexList(JsonNode node) {
        List<double[]> out = new ArrayList<>();
        for (JsonNode z : node) {
            out.add(new double[] {z.get(0).asDouble(), z.get(1).asDouble()});
        }
        return out;
    }

    /** Distance from z to the nearest eigenvalue, and its index. */
    static double[] nearest(Eigenpairs e, double re, double im) {
        double best = Double.POSITIVE_INFINITY;
        int index = -1;
        for (int k = 0; k < e.size(); k++) {
            double d = Math.hypot(e.valueRe(k) - re, e.valueIm(k) - im);
            if (d < best) {
                best = d;
                index = k;
            }
        }
        return new double[] {best, index};
    }

    /** max over expected of the distance to the nearest computed value, and the counts must agree. */
    static double matchError(double[] re, double[] im, List<double[]> expected) {
        if (re.length != expected.size()) {
            return Double.POSITIVE_INFINITY;
        }
        List<double[]> remaining = new ArrayList<>();
        for (int k = 0; k < re.length; k++) {
            remaining.add(new double[] {re[k], im[k]});
        }
        double worst = 0;
        for (double[] z : expected) {
            double[] best = remaining.stream().min(Comparator.comparingDouble(w -> Math.hypot(w[0] - z[0], w[1] - z[1])))
                    .orElseThrow();
            worst = Math.max(worst, Math.hypot(best[0] - z[0], best[1] - z[1]));
            remaining.remove(best);
        }
        return worst;
    }

    /** Parses "0.0", "(0.9+0.1j)", "(0.3-0.4j)" as {re, im}. */
    static double[] parseComplex(String text) {
        String t = text.replace("(", "").replace(")", "");
        if (!t.endsWith("j")) {
            return new double[] {Double.parseDouble(t), 0};
        }
        t = t.substring(0, t.length() - 1);
        int split = Math.max(t.lastIndexOf('+'), t.lastIndexOf('-'));
        if (split <= 0) {
            return new double[] {0, Double.parseDouble(t)};
        }
        return new double[] {Double.parseDouble(t.substring(0, split)), Double.parseDouble(t.substring(split))};
    }
}

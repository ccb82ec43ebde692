package org.dynamicsworkbench.analysis.learning.grokking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * The Java engine against the spec's equations. The finite-difference check is honest about precision: the
 * reference loss is a separate double-precision implementation of spec section 1.2 differentiated by central
 * differences in double, while the engine computes its gradient in float; the tolerance (1e-4 of the largest
 * gradient entry) is set by float rounding, not by the finite-difference step.
 */
class JavaGrokkingEngineTest {
    private static final int P = 5;
    private static final int N = 6;

    private final GrokkingConfig config = GrokkingConfig.of(P, N, 0.6, 1e-2, 0.5, 3).withBackend(
            GrokkingConfig.Backend.JAVA);
    private final GrokkingSplit split = GrokkingSplit.shuffle(P, config.trainPairs(), new SeededRandom(3));
    private final GrokkingState state = GrokkingState.initial(P, N, new SeededRandom(11));

    @Test
    void gradientsMatchCentralDifferencesOfAnIndependentDoubleLoss() {
        JavaGrokkingEngine engine = new JavaGrokkingEngine(config, split, state);
        double loss = engine.gradients();
        double[][] params = {toDouble(state.u()), toDouble(state.v()), toDouble(state.w())};
        assertEquals(referenceLoss(params), loss, 1e-6 * loss);
        float[][] grads = engine.lastGradients();
        double maxGrad = 0;
        for (float[] g : grads) {
            for (float x : g) {
                maxGrad = Math.max(maxGrad, Math.abs(x));
            }
        }
        assertTrue(maxGrad > 1e-4, "gradient is not trivially zero");
        double h = 1e-5;
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < params[k].length; i++) {
                double keep = params[k][i];
                params[k][i] = keep + h;
                double up = referenceLoss(params);
                params[k][i] = keep - h;
                double down = referenceLoss(params);
                params[k][i] = keep;
                double fd = (up - down) / (2 * h);
                assertEquals(fd, grads[k][i], 1e-4 * maxGrad, "parameter " + "UVW".charAt(k) + "[" + i + "]");
            }
        }
    }

    @Test
    void adamWStepsFollowTorchsFormula() {
        JavaGrokkingEngine probe = new JavaGrokkingEngine(config, split, state);
        JavaGrokkingEngine engine = new JavaGrokkingEngine(config, split, state);
        double[] w = toDouble(state.w());
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        double lr = config.lr();
        double wd = config.wd();
        for (int t = 1; t <= 2; t++) {
            probe.gradients();
            float[] g = probe.lastGradients()[2];
            engine.step();
            for (int i = 0; i < w.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.98 * v[i] + 0.02 * (double) g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.98, t));
                w[i] = w[i] * (1 - lr * wd) - lr * mHat / (Math.sqrt(vHat) + 1e-8);
            }
            GrokkingState after = engine.state();
            assertEquals(t, after.t());
            for (int i = 0; i < w.length; i++) {
                assertEquals(w[i], after.w()[i], 1e-6, "W[" + i + "] after step " + t);
                assertEquals(m[i], after.mW()[i], 1e-7 + 1e-5 * Math.abs(m[i]));
            }
            // keep the probe's parameters in step with the engine's so its next gradient is the engine's
            probe = new JavaGrokkingEngine(config, split, after);
        }
    }

    @Test
    void logitsOfAllPairsAgreeWithTheReferenceForward() {
        JavaGrokkingEngine engine = new JavaGrokkingEngine(config, split, state);
        float[] logits = new float[P * P * P];
        engine.logitsOfAllPairs(logits);
        double[] u = toDouble(state.u());
        double[] v = toDouble(state.v());
        double[] w = toDouble(state.w());
        for (int pair = 0; pair < P * P; pair++) {
            double[] o = forward(u, v, w, pair / P, pair % P);
            for (int c = 0; c < P; c++) {
                assertEquals(o[c], logits[pair * P + c], 1e-6);
            }
        }
    }

    /** Spec section 1.2 in double: mean over n * p of (W (U[:, a] + V[:, b])^2 - onehot(y))^2. */
    private double referenceLoss(double[][] params) {
        double sum = 0;
        int[] train = split.trainPairs();
        for (int pair : train) {
            double[] o = forward(params[0], params[1], params[2], pair / P, pair % P);
            int y = (pair / P + pair % P) % P;
            for (int c = 0; c < P; c++) {
                double d = o[c] - (c == y ? 1 : 0);
                sum += d * d;
            }
        }
        return sum / (train.length * P);
    }

    private static double[] forward(double[] u, double[] v, double[] w, int a, int b) {
        double[] o = new double[P];
        for (int j = 0; j < N; j++) {
            double hj = u[j * P + a] + v[j * P + b];
            for (int c = 0; c < P; c++) {
                o[c] += w[c * N + j] * hj * hj;
            }
        }
        return o;
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}

package org.dynamicsworkbench.analysis.learning.lazyrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.junit.jupiter.api.Test;

class PolynomialNetworkTest {
    private static final int DIM = 6;
    private static final int WIDTH = 5;
    private static final int POINTS = 9;
    private static final double ALPHA = 2.5;
    private static final double EPSILON = 0.7;

    private static PointSet points(SeededRandom random) {
        double[] x = TeacherData.gaussians(random, POINTS * DIM, 1 / Math.sqrt(DIM));
        double[] beta = TeacherData.gaussians(random, DIM, 1);
        return new PointSet(POINTS, DIM, x, TeacherData.targets(x, POINTS, DIM, beta));
    }

    @Test
    void outputEqualsTheSufficientStatisticsForm() {
        SeededRandom random = new SeededRandom(11);
        PointSet set = points(random);
        double[] w = TeacherData.gaussians(random, WIDTH * DIM, 1.3);
        PolynomialNetwork net = new PolynomialNetwork(DIM, WIDTH, ALPHA, EPSILON, POINTS);
        double[] f = new double[POINTS];
        net.forward(w, set, f);
        SufficientStatistics stats = new SufficientStatistics(DIM, WIDTH).compute(w);
        for (int p = 0; p < POINTS; p++) {
            double[] x = new double[DIM];
            System.arraycopy(set.byPoint, p * DIM, x, 0, DIM);
            // the definition, neuron by neuron
            double direct = 0;
            for (int i = 0; i < WIDTH; i++) {
                double h = 0;
                for (int k = 0; k < DIM; k++) {
                    h += w[i * DIM + k] * x[k];
                }
                direct += h + EPSILON / 2 * h * h;
            }
            direct *= ALPHA / WIDTH;
            assertEquals(direct, f[p], 1e-13 * Math.max(1, Math.abs(direct)), "forward pass at point " + p);
            assertEquals(direct, stats.predict(x, ALPHA, EPSILON), 1e-13 * Math.max(1, Math.abs(direct)),
                    "alpha (w-bar . x + eps/2 x^T M x) at point " + p);
        }
    }

    private static double objective(PolynomialNetwork net, double[] w, PointSet set) {
        double[] f = new double[POINTS];
        net.forward(w, set, f);
        double s = 0;
        for (int p = 0; p < POINTS; p++) {
            double r = f[p] - set.targets[p];
            s += r * r;
        }
        return s / POINTS / (ALPHA * ALPHA);
    }

    @Test
    void gradientMatchesCentralDifferences() {
        SeededRandom random = new SeededRandom(12);
        PointSet set = points(random);
        double[] w = TeacherData.gaussians(random, WIDTH * DIM, 1.0);
        PolynomialNetwork net = new PolynomialNetwork(DIM, WIDTH, ALPHA, EPSILON, POINTS);
        double[] f = new double[POINTS];
        net.forward(w, set, f);
        double[] residual = new double[POINTS];
        for (int p = 0; p < POINTS; p++) {
            residual[p] = f[p] - set.targets[p];
        }
        double[] grad = new double[WIDTH * DIM];
        net.gradient(residual, set, grad);
        double h = 1e-5;
        for (int j = 0; j < w.length; j++) {
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[j] += h;
            minus[j] -= h;
            double numeric = (objective(net, plus, set) - objective(net, minus, set)) / (2 * h);
            assertEquals(numeric, grad[j], 1e-8 + 1e-6 * Math.abs(numeric), "dL/dw[" + j + "]");
        }
    }

    @Test
    void statisticsFormEqualsTheNeuronByNeuronForm() {
        SeededRandom random = new SeededRandom(14);
        PointSet set = points(random);
        double[] w = TeacherData.gaussians(random, WIDTH * DIM, 1.0);
        PolynomialNetwork net = new PolynomialNetwork(DIM, WIDTH, ALPHA, EPSILON, POINTS);
        double[] direct = new double[POINTS];
        double[] viaStatistics = new double[POINTS];
        net.forwardByStatistics(w, set, viaStatistics);
        net.forward(w, set, direct);
        double[] residual = new double[POINTS];
        for (int p = 0; p < POINTS; p++) {
            assertEquals(direct[p], viaStatistics[p], 1e-13 * Math.max(1, Math.abs(direct[p])), "f at point " + p);
            residual[p] = direct[p] - set.targets[p];
        }
        double[] grad = new double[WIDTH * DIM];
        double[] gradViaStatistics = new double[WIDTH * DIM];
        net.gradient(residual, set, grad);
        net.gradientByStatistics(w, residual, set, gradViaStatistics);
        for (int j = 0; j < grad.length; j++) {
            assertEquals(grad[j], gradViaStatistics[j], 1e-13 * Math.max(1, Math.abs(grad[j])), "dL/dw[" + j + "]");
        }
    }

    @Test
    void statisticsAreCheaperWhenTheDimensionIsSmall() {
        // (N + P) D < N P: at the default size 500 * 50 < 200 * 300; at D = 1000 the neuron-by-neuron form wins
        assertTrue(PolynomialNetwork.statisticsAreCheaper(50, 200, 300));
        assertFalse(PolynomialNetwork.statisticsAreCheaper(1000, 200, 300));
        assertFalse(PolynomialNetwork.statisticsAreCheaper(10, 12, 40));
    }

    @Test
    void tangentKernelIsTheProductOfNumericalJacobians() {
        SeededRandom random = new SeededRandom(13);
        PointSet set = points(random);
        double[] w = TeacherData.gaussians(random, WIDTH * DIM, 1.0);
        PolynomialNetwork net = new PolynomialNetwork(DIM, WIDTH, ALPHA, EPSILON, POINTS);
        double[][] jacobian = new double[POINTS][w.length];
        double h = 1e-5;
        double[] fp = new double[POINTS];
        double[] fm = new double[POINTS];
        for (int j = 0; j < w.length; j++) {
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[j] += h;
            minus[j] -= h;
            net.forward(plus, set, fp);
            net.forward(minus, set, fm);
            for (int p = 0; p < POINTS; p++) {
                jacobian[p][j] = (fp[p] - fm[p]) / (2 * h);
            }
        }
        double[] kernel = new double[POINTS * POINTS];
        net.tangentKernel(w, set, PolynomialNetwork.inputGram(set), new double[POINTS], kernel);
        for (int a = 0; a < POINTS; a++) {
            for (int b = 0; b < POINTS; b++) {
                double expected = 0;
                for (int j = 0; j < w.length; j++) {
                    expected += jacobian[a][j] * jacobian[b][j];
                }
                assertEquals(expected, kernel[a * POINTS + b], 1e-8, "K[" + a + "][" + b + "]");
            }
        }
    }
}

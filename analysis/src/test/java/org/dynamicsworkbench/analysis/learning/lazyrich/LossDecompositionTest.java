package org.dynamicsworkbench.analysis.learning.lazyrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.junit.jupiter.api.Test;

class LossDecompositionTest {

    /** Mean and standard error of the squared error of the network against the teacher on fresh Gaussian inputs. */
    private static double[] monteCarlo(double[] w, double[] beta, int dim, int width, double alpha, double epsilon,
                                       int batches, int batchSize, SeededRandom random) {
        PolynomialNetwork net = new PolynomialNetwork(dim, width, alpha, epsilon, batchSize);
        double[] f = new double[batchSize];
        double sum = 0;
        double sumSquares = 0;
        for (int b = 0; b < batches; b++) {
            double[] x = TeacherData.gaussians(random, batchSize * dim, 1 / Math.sqrt(dim));
            PointSet set = new PointSet(batchSize, dim, x, TeacherData.targets(x, batchSize, dim, beta));
            net.forward(w, set, f);
            for (int p = 0; p < batchSize; p++) {
                double e = (f[p] - set.targets[p]) * (f[p] - set.targets[p]);
                sum += e;
                sumSquares += e * e;
            }
        }
        long n = (long) batches * batchSize;
        double mean = sum / n;
        double variance = (sumSquares / n - mean * mean) * n / (n - 1);
        return new double[] {mean, Math.sqrt(variance / n)};
    }

    @Test
    void equalsTheExpectedSquaredErrorOnGaussianInputs() {
        int dim = 8;
        int width = 6;
        double alpha = 1.5;
        double epsilon = 0.4;
        SeededRandom random = new SeededRandom(21);
        double[] beta = TeacherData.gaussians(random, dim, 1);
        double[] w = TeacherData.gaussians(random, width * dim, 1);
        SufficientStatistics stats = new SufficientStatistics(dim, width).compute(w);
        LossDecomposition t = LossDecomposition.of(stats.meanWeight(), stats.secondMoment(), beta, alpha, epsilon);
        double[] mc = monteCarlo(w, beta, dim, width, alpha, epsilon, 100, 10_000, random);
        assertTrue(mc[1] < 0.01 * t.sum(), "Monte-Carlo error " + mc[1] + " too large to test " + t.sum());
        assertEquals(mc[0], t.sum(), 4 * mc[1], "t1 + t2 + t3 = " + t + " vs Monte Carlo " + mc[0] + " +- " + mc[1]);
        assertTrue(t.t1() > 0 && t.t2() > 0 && t.t3() > 0, "all three parts contribute: " + t);
    }

    @Test
    void centredPredictorAtInitialisationIsZero() {
        // f - f0 = 0: t3 = 0, t1 = (|beta|^2 / 2D)^2, t2 = |beta|^4 / 2D^2, and the sum is E[y^2] = 3 |beta|^4 / 4D^2
        LazyRichConfig config = LazyRichConfig.defaults().withSizes(10, 40, 50, 12, 20).withCentredLoss(true);
        LazyRichExperiment e = LazyRichExperiment.create(config);
        TeacherData data = TeacherData.draw(config, new SeededRandom(config.seed()));
        double b2 = 0;
        for (double b : data.beta) {
            b2 += b * b;
        }
        double[] t = e.decomposition();
        int d = config.dim();
        assertEquals(Math.pow(b2 / (2 * d), 2), t[0], 1e-12);
        assertEquals(b2 * b2 / (2.0 * d * d), t[1], 1e-12);
        assertEquals(0.0, t[2], 0.0);
        double meanY2 = 0;
        for (double y : data.train.targets) {
            meanY2 += y * y / data.train.count;
        }
        assertEquals(meanY2, e.trainLoss(), 1e-12, "centred train loss at step 0 is mean(y^2)");
    }

    @Test
    void atTheSpecSizesTheTestLossAgreesWithTheDecompositionWithinSamplingError() {
        // the spec's run: 0.744 on 1000 test points vs 0.715 = t1 + t2 + t3; the gap is the test set's sampling error
        LazyRichConfig config = LazyRichConfig.defaults();
        LazyRichExperiment e = LazyRichExperiment.create(config);
        SeededRandom random = new SeededRandom(config.seed());
        TeacherData data = TeacherData.draw(config, random);
        double[] w0 = TeacherData.gaussians(random, config.width() * config.dim(), 1);
        PolynomialNetwork net = new PolynomialNetwork(config.dim(), config.width(), config.alpha(), config.epsilon(),
                config.testSize());
        double[] f = new double[config.testSize()];
        net.forward(w0, data.test, f);
        double sum = 0;
        double sumSquares = 0;
        for (int p = 0; p < f.length; p++) {
            double err = (f[p] - data.test.targets[p]) * (f[p] - data.test.targets[p]);
            sum += err;
            sumSquares += err * err;
        }
        int n = f.length;
        double mean = sum / n;
        double standardError = Math.sqrt((sumSquares / n - mean * mean) / (n - 1));
        assertEquals(mean, e.testLoss(), 1e-12);
        double[] t = e.decomposition();
        double exact = t[0] + t[1] + t[2];
        assertEquals(exact, e.testLoss(), 3 * standardError,
                "test loss " + e.testLoss() + " vs t1 + t2 + t3 = " + exact + " (standard error " + standardError + ")");
    }
}

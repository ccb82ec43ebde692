package org.dynamicsworkbench.analysis.learning.lazyrich;

import org.dynamicsworkbench.analysis.learning.SeededRandom;

/**
 * The regression task of Kumar et al.: inputs {@code x ~ N(0, I/D)}, a teacher {@code beta ~ N(0, I_D)} and the
 * single-index target {@code y = (beta . x)^2 / 2}. Drawn from a {@link SeededRandom} in a fixed order (training
 * inputs point by point, then test inputs, then beta), so the same seed gives the same task.
 */
final class TeacherData {
    final PointSet train;
    final PointSet test;
    final double[] beta;

    private TeacherData(PointSet train, PointSet test, double[] beta) {
        this.train = train;
        this.test = test;
        this.beta = beta;
    }

    /** Draws the task; advances {@code random} by exactly (trainSize + testSize + 1) * dim Gaussians. */
    static TeacherData draw(LazyRichConfig config, SeededRandom random) {
        int dim = config.dim();
        double scale = 1.0 / Math.sqrt(dim);
        double[] xTrain = gaussians(random, config.trainSize() * dim, scale);
        double[] xTest = gaussians(random, config.testSize() * dim, scale);
        double[] beta = gaussians(random, dim, 1.0);
        return new TeacherData(
                new PointSet(config.trainSize(), dim, xTrain, targets(xTrain, config.trainSize(), dim, beta)),
                new PointSet(config.testSize(), dim, xTest, targets(xTest, config.testSize(), dim, beta)),
                beta);
    }

    static double[] gaussians(SeededRandom random, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * random.nextGaussian();
        }
        return v;
    }

    /** {@code y_p = (beta . x_p)^2 / 2}. */
    static double[] targets(double[] xByPoint, int count, int dim, double[] beta) {
        double[] y = new double[count];
        for (int p = 0; p < count; p++) {
            double s = 0;
            for (int k = 0; k < dim; k++) {
                s += beta[k] * xByPoint[p * dim + k];
            }
            y[p] = 0.5 * s * s;
        }
        return y;
    }
}

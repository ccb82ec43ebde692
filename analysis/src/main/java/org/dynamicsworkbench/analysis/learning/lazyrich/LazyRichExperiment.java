package org.dynamicsworkbench.analysis.learning.lazyrich;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.DivergedException;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ScalarSink;
import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.dynamicsworkbench.analysis.learning.Tensor;

/**
 * Kumar et al.'s lazy-to-rich polynomial regression trained by full-batch gradient descent on the objective
 * {@code L = mean_p((f_p - y_p)^2) / alpha^2} with {@code eta = c N / alpha^2} (with the centred loss,
 * {@code f - f(theta_0)} replaces {@code f}). The logged losses are the unscaled mean squared errors
 * {@code mean((f - y)^2)} (the spec's numbers: train 0.49 and test 0.566 at initialisation for alpha = 4), which
 * is what the exact decomposition t1 + t2 + t3 predicts. Outputs and gradients are computed neuron by neuron or
 * through the sufficient statistics, whichever is cheaper for the size (see {@link PolynomialNetwork}); at the
 * default size the statistics form needs 2.5 instead of 6 million multiply-adds per step.
 *
 * <p>Scalars. Cheap: {@code train_loss}, {@code test_loss}, {@code rel_change_W} ({@code ||W - W0||_F / ||W0||_F}).
 * Full: {@code t1}, {@code t2}, {@code t3}, {@code decomposition_sum} (see {@link LossDecomposition}; with the
 * centred loss they describe the centred predictor, i.e. use w-bar - w-bar_0 and M - M_0), {@code m_alignment}
 * ({@code beta^T M beta / (||M||_F ||beta||^2)} of the weights' own M), {@code ntk_alignment},
 * {@code ntk_relative_alignment} and {@code ntk_drift} of the empirical NTK on the first {@code ntkPoints} test
 * points (see {@link KernelAlignment}).
 *
 * <p>Checkpoints hold the weights {@code W} (N x D) and the random-source state {@code rng}; the data, the teacher
 * and W0 are drawn again from the seed on restore. Derived tensors for the views: {@code w_bar} (D),
 * {@code m_eigenvalues} (all D eigenvalues of M, descending) and, when D is at most {@value #MAX_DIM_FOR_MATRIX},
 * {@code m_matrix} (D x D).
 */
public final class LazyRichExperiment implements Experiment {
    /** Largest D for which the checkpoint also holds the whole matrix M. */
    public static final int MAX_DIM_FOR_MATRIX = 128;

    private final LazyRichConfig config;
    private final TeacherData data;
    private final PointSet ntkPoints;
    private final PolynomialNetwork network;
    private final SeededRandom random;
    private final double learningRate;
    private final double[] w;
    private final double[] w0;
    private final double w0Norm;
    private final double[] trainBaseline;
    private final double[] testBaseline;
    private final SufficientStatistics initialStatistics;
    private final SufficientStatistics statistics;
    private final double[] inputGram;
    private final double[] kernel0;
    private final double[] kernel0Centred;
    private final double[] kernel;
    private final double[] kernelCentred;
    private final double[] columnMeans;
    private final double[] outputs;
    private final double[] residual;
    private final double[] gradient;
    private long step;

    private LazyRichExperiment(LazyRichConfig config, double[] weights, long[] randomState, long step) {
        this.config = config;
        SeededRandom fresh = new SeededRandom(config.seed());
        this.data = TeacherData.draw(config, fresh);
        int n = config.width();
        int d = config.dim();
        this.w0 = TeacherData.gaussians(fresh, n * d, 1.0);
        this.random = randomState == null ? fresh : SeededRandom.fromState(randomState);
        this.w = weights == null ? w0.clone() : weights.clone();
        this.step = step;
        this.learningRate = config.learningRate();
        this.ntkPoints = data.test.head(config.ntkPoints());
        int maxPoints = Math.max(config.trainSize(), config.testSize());
        this.network = new PolynomialNetwork(d, n, config.alpha(), config.epsilon(), maxPoints);
        this.outputs = new double[maxPoints];
        this.residual = new double[config.trainSize()];
        this.gradient = new double[n * d];
        this.w0Norm = norm(w0);
        this.trainBaseline = new double[config.trainSize()];
        this.testBaseline = new double[config.testSize()];
        if (config.centredLoss()) {
            evaluate(w0, data.train, trainBaseline);
            evaluate(w0, data.test, testBaseline);
        }
        this.initialStatistics = new SufficientStatistics(d, n).compute(w0);
        this.statistics = new SufficientStatistics(d, n);
        int s = config.ntkPoints();
        this.inputGram = PolynomialNetwork.inputGram(ntkPoints);
        this.kernel0 = new double[s * s];
        this.kernel0Centred = new double[s * s];
        this.kernel = new double[s * s];
        this.kernelCentred = new double[s * s];
        this.columnMeans = new double[s];
        network.tangentKernel(w0, ntkPoints, inputGram, outputs, kernel0);
        KernelAlignment.centre(kernel0, s, columnMeans, kernel0Centred);
    }

    /** A fresh experiment at step 0 (weights at their seeded initialisation). */
    public static LazyRichExperiment create(LazyRichConfig config) {
        return new LazyRichExperiment(config, null, null, 0);
    }

    /**
     * Continues from a checkpoint of this configuration.
     *
     * @throws IllegalArgumentException when the checkpoint lacks {@code W} or {@code rng}, or W has the wrong shape
     *                                  or non-finite entries
     */
    public static LazyRichExperiment restore(LazyRichConfig config, Checkpoint checkpoint) {
        Tensor weights = checkpoint.tensor("W");
        if (weights.rows() != config.width() || weights.columns() != config.dim()) {
            throw new IllegalArgumentException("checkpoint at step " + checkpoint.step() + ": tensor 'W' must be "
                    + config.width() + " x " + config.dim() + " (width x dim), got " + weights.rows() + " x "
                    + weights.columns());
        }
        double[] values = weights.data();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("checkpoint at step " + checkpoint.step()
                        + ": tensor 'W' has a non-finite entry " + v);
            }
        }
        return new LazyRichExperiment(config, values, checkpoint.integers("rng"), checkpoint.step());
    }

    public LazyRichConfig config() {
        return config;
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public void advance() {
        boolean byStatistics = PolynomialNetwork.statisticsAreCheaper(config.dim(), config.width(), data.train.count);
        if (byStatistics) {
            network.forwardByStatistics(w, data.train, outputs);
        } else {
            network.forward(w, data.train, outputs);
        }
        double[] y = data.train.targets;
        double squares = 0;
        for (int p = 0; p < residual.length; p++) {
            double r = outputs[p] - trainBaseline[p] - y[p];
            residual[p] = r;
            squares += r * r;
        }
        if (!Double.isFinite(squares)) {
            throw new DivergedException(step, "train loss is " + squares / residual.length);
        }
        if (byStatistics) {
            network.gradientByStatistics(w, residual, data.train, gradient);
        } else {
            network.gradient(residual, data.train, gradient);
        }
        double check = 0;
        for (int j = 0; j < w.length; j++) {
            w[j] -= learningRate * gradient[j];
            check += w[j];
        }
        if (!Double.isFinite(check)) {
            throw new DivergedException(step + 1, "a weight became non-finite (learning rate " + learningRate
                    + " too large?)");
        }
        step++;
    }

    /** The unscaled mean squared error {@code mean((f - y)^2)} on the training points. */
    public double trainLoss() {
        return meanSquaredError(data.train, trainBaseline);
    }

    /** The unscaled mean squared error {@code mean((f - y)^2)} on the test points. */
    public double testLoss() {
        return meanSquaredError(data.test, testBaseline);
    }

    /** The network's outputs on {@code points}, by whichever exact form is cheaper for their number. */
    private void evaluate(double[] weights, PointSet points, double[] out) {
        if (PolynomialNetwork.statisticsAreCheaper(config.dim(), config.width(), points.count)) {
            network.forwardByStatistics(weights, points, out);
        } else {
            network.forward(weights, points, out);
        }
    }

    private double meanSquaredError(PointSet points, double[] baseline) {
        evaluate(w, points, outputs);
        double s = 0;
        for (int p = 0; p < points.count; p++) {
            double r = outputs[p] - baseline[p] - points.targets[p];
            s += r * r;
        }
        return s / points.count;
    }

    /** The exact test-loss decomposition at the current weights (of the centred predictor with the centred loss). */
    public double[] decomposition() {
        LossDecomposition t = currentDecomposition();
        return new double[] {t.t1(), t.t2(), t.t3()};
    }

    private LossDecomposition currentDecomposition() {
        statistics.compute(w);
        if (config.centredLoss()) {
            statistics.subtract(initialStatistics);
        }
        return LossDecomposition.of(statistics.meanWeight(), statistics.secondMoment(), data.beta, config.alpha(),
                config.epsilon());
    }

    @Override
    public void cheapScalars(ScalarSink out) {
        out.put("train_loss", trainLoss());
        out.put("test_loss", testLoss());
        double diff = 0;
        for (int j = 0; j < w.length; j++) {
            double d = w[j] - w0[j];
            diff += d * d;
        }
        out.put("rel_change_W", Math.sqrt(diff) / w0Norm);
    }

    @Override
    public void fullScalars(ScalarSink out) {
        LossDecomposition t = currentDecomposition();
        out.put("t1", t.t1());
        out.put("t2", t.t2());
        out.put("t3", t.t3());
        out.put("decomposition_sum", t.sum());
        out.put("m_alignment", statistics.compute(w).alignmentWith(data.beta));
        int s = ntkPoints.count;
        network.tangentKernel(w, ntkPoints, inputGram, outputs, kernel);
        KernelAlignment.centre(kernel, s, columnMeans, kernelCentred);
        out.put("ntk_alignment", KernelAlignment.targetAlignment(kernelCentred, ntkPoints.targets, s));
        out.put("ntk_relative_alignment", KernelAlignment.cosine(kernelCentred, kernel0Centred, s));
        out.put("ntk_drift", KernelAlignment.distance(kernel, kernel0, s));
    }

    @Override
    public Checkpoint checkpoint() {
        int d = config.dim();
        statistics.compute(w);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("W", new Tensor(config.width(), d, w));
        tensors.put("w_bar", Tensor.vector(statistics.meanWeight()));
        double[] m = statistics.secondMoment();
        tensors.put("m_eigenvalues", Tensor.vector(eigenvaluesDescending(m, d)));
        if (d <= MAX_DIM_FOR_MATRIX) {
            tensors.put("m_matrix", new Tensor(d, d, m));
        }
        return new Checkpoint(step, tensors, Map.of("rng", random.state()));
    }

    /** The current weights (a copy, N x D row-major). */
    public double[] weights() {
        return w.clone();
    }

    static double[] eigenvaluesDescending(double[] symmetric, int d) {
        double[][] rows = new double[d][d];
        for (int k = 0; k < d; k++) {
            System.arraycopy(symmetric, k * d, rows[k], 0, d);
        }
        double[] values = new EigenDecomposition(new Array2DRowRealMatrix(rows, false)).getRealEigenvalues();
        Arrays.sort(values);
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}

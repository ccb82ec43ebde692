package org.dynamicsworkbench.analysis.learning.grokking;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The progress measures of spec sections 1.3 and 1.4, computed from parameters, hidden features or logits.
 * Stateless apart from the DFT tables of one modulus.
 */
public final class GrokkingMeasures {
    /** A neuron counts as periodic when its IPR exceeds this (the spec's suggested threshold). */
    public static final double PERIODIC_IPR = 0.5;

    private final int p;
    private final int frequencies;
    private final double[] cos; // p x F: cos(2 pi f t / p) for f = 1..F
    private final double[] sin;

    public GrokkingMeasures(int p) {
        this.p = p;
        this.frequencies = p / 2;
        this.cos = new double[p * frequencies];
        this.sin = new double[p * frequencies];
        for (int t = 0; t < p; t++) {
            for (int f = 1; f <= frequencies; f++) {
                double angle = 2 * Math.PI * ((long) f * t % p) / p;
                cos[t * frequencies + f - 1] = Math.cos(angle);
                sin[t * frequencies + f - 1] = Math.sin(angle);
            }
        }
    }

    /** floor(p / 2), the number of non-DC frequencies of a real signal over p tokens. */
    public int frequencies() {
        return frequencies;
    }

    /**
     * Per-neuron Fourier power fractions over the p tokens: for neuron j the vector x_t =
     * {@code m[j * rowStride + t * tokenStride]}, its DFT F_f for f = 1..p/2 (DC dropped), and
     * P_f = |F_f|^2 / sum_f |F_f|^2. Returns neurons x p/2, row-major; a neuron with no non-DC power gets all
     * zeros.
     *
     * @param m           the parameter matrix
     * @param neurons     number of neurons N
     * @param rowStride   distance between neurons (p for U, V rows; 1 for W columns)
     * @param tokenStride distance between tokens (1 for U, V rows; N for W columns)
     */
    public double[] powerFractions(float[] m, int neurons, int rowStride, int tokenStride) {
        double[] out = new double[neurons * frequencies];
        double[] re = new double[frequencies];
        double[] im = new double[frequencies];
        for (int j = 0; j < neurons; j++) {
            java.util.Arrays.fill(re, 0);
            java.util.Arrays.fill(im, 0);
            for (int t = 0; t < p; t++) {
                double x = m[j * rowStride + t * tokenStride];
                int row = t * frequencies;
                for (int f = 0; f < frequencies; f++) {
                    re[f] += x * cos[row + f];
                    im[f] += x * sin[row + f];
                }
            }
            double total = 0;
            for (int f = 0; f < frequencies; f++) {
                total += re[f] * re[f] + im[f] * im[f];
            }
            if (total > 0) {
                for (int f = 0; f < frequencies; f++) {
                    out[j * frequencies + f] = (re[f] * re[f] + im[f] * im[f]) / total;
                }
            }
        }
        return out;
    }

    /** IPR_j = sum_f P_f^2 of each neuron of a {@link #powerFractions} result. */
    public double[] ipr(double[] powerFractions) {
        int neurons = powerFractions.length / frequencies;
        double[] out = new double[neurons];
        for (int j = 0; j < neurons; j++) {
            double s = 0;
            for (int f = 0; f < frequencies; f++) {
                double q = powerFractions[j * frequencies + f];
                s += q * q;
            }
            out[j] = s;
        }
        return out;
    }

    /** Each neuron's frequency (1..p/2) of largest power, the first on ties. */
    public double[] dominantFrequency(double[] powerFractions) {
        int neurons = powerFractions.length / frequencies;
        double[] out = new double[neurons];
        for (int j = 0; j < neurons; j++) {
            int best = 0;
            for (int f = 1; f < frequencies; f++) {
                if (powerFractions[j * frequencies + f] > powerFractions[j * frequencies + best]) {
                    best = f;
                }
            }
            out[j] = best + 1;
        }
        return out;
    }

    static double mean(double[] values) {
        double s = 0;
        for (double x : values) {
            s += x;
        }
        return s / values.length;
    }

    /** The fraction of values above {@link #PERIODIC_IPR}. */
    static double periodicFraction(double[] ipr) {
        int count = 0;
        for (double x : ipr) {
            if (x > PERIODIC_IPR) {
                count++;
            }
        }
        return count / (double) ipr.length;
    }

    /**
     * Column-centred hidden features (m x N, row-major doubles) of the given pairs: z = (U[:, a] + V[:, b])^2.
     */
    static double[] centredFeatures(float[] u, float[] v, int p, int width, int[] pairs, int m) {
        double[] zc = new double[m * width];
        for (int s = 0; s < m; s++) {
            int a = pairs[s] / p;
            int b = pairs[s] % p;
            for (int j = 0; j < width; j++) {
                double h = (double) u[j * p + a] + v[j * p + b];
                zc[s * width + j] = h * h;
            }
        }
        centreColumns(zc, m, width);
        return zc;
    }

    private static void centreColumns(double[] x, int rows, int cols) {
        double[] mean = new double[cols];
        for (int s = 0; s < rows; s++) {
            for (int j = 0; j < cols; j++) {
                mean[j] += x[s * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        for (int s = 0; s < rows; s++) {
            for (int j = 0; j < cols; j++) {
                x[s * cols + j] -= mean[j];
            }
        }
    }

    /** X^T X (cols x cols) of a row-major rows x cols matrix, in axpy form. */
    static double[] gram(double[] x, int rows, int cols) {
        double[] g = new double[cols * cols];
        for (int s = 0; s < rows; s++) {
            int row = s * cols;
            for (int i = 0; i < cols; i++) {
                double xi = x[row + i];
                if (xi == 0) {
                    continue;
                }
                int gRow = i * cols;
                for (int k = 0; k < cols; k++) {
                    g[gRow + k] += xi * x[row + k];
                }
            }
        }
        return g;
    }

    /** X X^T (rows x rows) of a row-major rows x cols matrix. */
    static double[] outerGram(double[] x, int rows, int cols) {
        double[] t = new double[cols * rows];
        for (int s = 0; s < rows; s++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + s] = x[s * cols + j];
            }
        }
        return gram(t, cols, rows);
    }

    /**
     * Centred kernel alignment between the feature kernel K = Z_c Z_c^T and the label kernel L = Y_c Y_c^T
     * (Y one-hot, both column-centred): CKA = &lt;K, L&gt;_F / (||K||_F ||L||_F), computed through the
     * feature-space products (&lt;K, L&gt; = ||Z_c^T Y_c||^2, ||K|| = ||Z_c^T Z_c||).
     *
     * @param zc     centred features, m x N
     * @param labels the m labels in 0..p-1
     */
    static double cka(double[] zc, int m, int width, int[] labels, int p) {
        double[] yc = new double[m * p];
        for (int s = 0; s < m; s++) {
            yc[s * p + labels[s]] = 1;
        }
        centreColumns(yc, m, p);
        // Z_c^T Y_c: N x p
        double[] cross = new double[width * p];
        for (int s = 0; s < m; s++) {
            for (int j = 0; j < width; j++) {
                double zj = zc[s * width + j];
                int row = j * p;
                for (int c = 0; c < p; c++) {
                    cross[row + c] += zj * yc[s * p + c];
                }
            }
        }
        double kl = sumSquares(cross);
        double kk = Math.sqrt(sumSquares(width <= m ? gram(zc, m, width) : outerGram(zc, m, width)));
        double ll = Math.sqrt(sumSquares(gram(yc, m, p)));
        return kk > 0 && ll > 0 ? kl / (kk * ll) : 0;
    }

    /**
     * Roy and Vetterli's effective rank exp(H(sigma / sum sigma)) of a centred feature matrix (m x N), from the
     * eigenvalues of its smaller Gram matrix.
     */
    static double effectiveRank(double[] zc, int m, int width) {
        int k = Math.min(m, width);
        double[] g = width <= m ? gram(zc, m, width) : outerGram(zc, m, width);
        double[][] rows = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(g, i * k, rows[i], 0, k);
        }
        double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(rows, false)).getRealEigenvalues();
        double total = 0;
        double[] sigma = new double[eig.length];
        for (int i = 0; i < eig.length; i++) {
            sigma[i] = Math.sqrt(Math.max(eig[i], 0));
            total += sigma[i];
        }
        if (total <= 0) {
            return 0;
        }
        double entropy = 0;
        for (double s : sigma) {
            if (s > 0) {
                double q = s / total;
                entropy -= q * Math.log(q);
            }
        }
        return Math.exp(entropy);
    }

    private static double sumSquares(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x * x;
        }
        return s;
    }

    /**
     * The part of the logits (all p^2 pairs, pair-major) along cos(w k (a + b)) and sin(w k (a + b)),
     * w = 2 pi / p, summed over the key frequencies k: for each output column the orthogonal projection onto
     * those directions of the p x p input grid (Nanda et al.'s {@code get_component_cos_xpy}/{@code sin_xpy}).
     */
    double[] keyFrequencyComponent(float[] logits, int[] keyFrequencies) {
        int pairs = p * p;
        double[] diagonal = new double[p * p]; // [c][s]: sum of logits of column c over pairs with a + b = s mod p
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                int s = (a + b) % p;
                int row = (a * p + b) * p;
                for (int c = 0; c < p; c++) {
                    diagonal[c * p + s] += logits[row + c];
                }
            }
        }
        double[] perSum = new double[p * p]; // [s][c]: the component's value at any pair with a + b = s
        for (int k : keyFrequencies) {
            double[] cs = new double[p];
            double[] sn = new double[p];
            double normCos = 0;
            double normSin = 0;
            for (int s = 0; s < p; s++) {
                double angle = 2 * Math.PI * ((long) k * s % p) / p;
                cs[s] = Math.cos(angle);
                sn[s] = Math.sin(angle);
                normCos += p * cs[s] * cs[s]; // each s occurs p times in the grid
                normSin += p * sn[s] * sn[s];
            }
            for (int c = 0; c < p; c++) {
                double dotCos = 0;
                double dotSin = 0;
                for (int s = 0; s < p; s++) {
                    dotCos += diagonal[c * p + s] * cs[s];
                    dotSin += diagonal[c * p + s] * sn[s];
                }
                double coefCos = normCos > 1e-9 ? dotCos / normCos : 0;
                double coefSin = normSin > 1e-9 ? dotSin / normSin : 0;
                for (int s = 0; s < p; s++) {
                    perSum[s * p + c] += coefCos * cs[s] + coefSin * sn[s];
                }
            }
        }
        double[] out = new double[pairs * p];
        for (int pair = 0; pair < pairs; pair++) {
            int s = (pair / p + pair % p) % p;
            System.arraycopy(perSum, s * p, out, pair * p, p);
        }
        return out;
    }

    /**
     * Restricted loss as defined by Nanda et al. (2023): cross-entropy over all p^2 pairs of the logits' key
     * frequency component plus the bias correction (the mean over inputs of logits minus component, per output).
     */
    double restrictedLoss(float[] logits, int[] keyFrequencies, GrokkingSplit split) {
        double[] component = keyFrequencyComponent(logits, keyFrequencies);
        int pairs = p * p;
        double[] meanResidual = new double[p];
        for (int pair = 0; pair < pairs; pair++) {
            for (int c = 0; c < p; c++) {
                meanResidual[c] += logits[pair * p + c] - component[pair * p + c];
            }
        }
        double[] row = new double[p];
        double total = 0;
        for (int pair = 0; pair < pairs; pair++) {
            for (int c = 0; c < p; c++) {
                row[c] = component[pair * p + c] + meanResidual[c] / pairs;
            }
            total += crossEntropy(row, split.label(pair));
        }
        return total / pairs;
    }

    /**
     * Excluded loss as defined by Nanda et al. (2023): cross-entropy on the train pairs of the logits with the
     * key frequencies' components removed (all key frequencies together).
     */
    double excludedLoss(float[] logits, int[] keyFrequencies, GrokkingSplit split) {
        double[] component = keyFrequencyComponent(logits, keyFrequencies);
        double[] row = new double[p];
        double total = 0;
        int[] train = split.trainPairs();
        for (int pair : train) {
            for (int c = 0; c < p; c++) {
                row[c] = logits[pair * p + c] - component[pair * p + c];
            }
            total += crossEntropy(row, split.label(pair));
        }
        return total / train.length;
    }

    /** -log softmax(row)[label], in double with the max subtracted. */
    static double crossEntropy(double[] row, int label) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : row) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (double x : row) {
            sum += Math.exp(x - max);
        }
        return Math.log(sum) + max - row[label];
    }
}

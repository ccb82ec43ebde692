package org.dynamicsworkbench.analysis.alrnn;

import java.util.Arrays;

/**
 * An almost-linear RNN, immutable:
 * {@code z_t = A . z_{t-1} + W Phi(z_{t-1}) + h}, where {@code Phi} passes the first M-P units through and
 * applies max(0, .) to the last P. The readout is the identity on the first N units; the initial latent state
 * from an observation x is {@code [x ; L x]}. A unit is active when its value is strictly positive.
 *
 * <p>Subregions are indexed by {@code index = sum_j d_j 2^j}, where {@code d_j = 1} iff latent unit
 * {@code M - P + j} (0-based) is positive: bit 0 is the first ReLU unit. {@link #pattern(int)} writes the
 * bits in unit order ("10" = first ReLU unit active, second inactive).
 */
public final class AlRnn {
    private final AlRnnShape shape;
    private final double[] theta;

    /** A model with the flat parameter vector {@code theta} (copied; layout in {@link AlRnnShape}). */
    public AlRnn(AlRnnShape shape, double[] theta) {
        this.shape = shape;
        if (theta.length != shape.parameterCount()) {
            throw new IllegalArgumentException("an AL-RNN with M=" + shape.latent() + ", N=" + shape.observed()
                    + " has " + shape.parameterCount() + " parameters, got " + theta.length);
        }
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(theta[i])) {
                throw new IllegalArgumentException("AL-RNN parameter " + i + " is not finite (" + theta[i] + ")");
            }
        }
        this.theta = theta.clone();
    }

    /** A model from its parts: A (M), W (M x M row-major), h (M), L ((M-N) x N row-major). */
    public static AlRnn of(AlRnnShape shape, double[] a, double[] w, double[] h, double[] l) {
        int m = shape.latent();
        check("A", a, m);
        check("W", w, m * m);
        check("h", h, m);
        check("L", l, shape.sizeL());
        double[] theta = new double[shape.parameterCount()];
        System.arraycopy(a, 0, theta, shape.offsetA(), m);
        System.arraycopy(w, 0, theta, shape.offsetW(), m * m);
        System.arraycopy(h, 0, theta, shape.offsetH(), m);
        System.arraycopy(l, 0, theta, shape.offsetL(), l.length);
        return new AlRnn(shape, theta);
    }

    private static void check(String name, double[] values, int expected) {
        if (values.length != expected) {
            throw new IllegalArgumentException(name + " must have " + expected + " values, got " + values.length);
        }
    }

    /**
     * The initialisation of the reference method: {@code K = R^T R / M + I} with R standard normal,
     * A = diag(K) / lambda_max(K) (so 0 &lt; A_i &lt;= 1), W = 0.01 N(0, 1), h = 0, L uniform in
     * +-sqrt(6 / M) (Glorot with fan-in + fan-out = M).
     */
    public static AlRnn initialize(AlRnnShape shape, SeededRandom random) {
        int m = shape.latent();
        double[] r = new double[m * m];
        random.fillGaussian(r);
        double[] k = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double s = 0;
                for (int q = 0; q < m; q++) {
                    s += r[q * m + i] * r[q * m + j];
                }
                s = s / m + (i == j ? 1 : 0);
                k[i * m + j] = s;
                k[j * m + i] = s;
            }
        }
        double lambda = new org.apache.commons.math3.linear.EigenDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(rows(k, m), false)).getRealEigenvalue(0);
        double[] theta = new double[shape.parameterCount()];
        for (int i = 0; i < m; i++) {
            theta[shape.offsetA() + i] = k[i * m + i] / lambda;
        }
        double[] w = new double[m * m];
        random.fillGaussian(w);
        for (int i = 0; i < m * m; i++) {
            theta[shape.offsetW() + i] = 0.01 * w[i];
        }
        double bound = Math.sqrt(6.0 / m);
        for (int i = 0; i < shape.sizeL(); i++) {
            theta[shape.offsetL() + i] = bound * (2 * random.nextDouble() - 1);
        }
        return new AlRnn(shape, theta);
    }

    private static double[][] rows(double[] flat, int m) {
        double[][] out = new double[m][];
        for (int i = 0; i < m; i++) {
            out[i] = Arrays.copyOfRange(flat, i * m, (i + 1) * m);
        }
        return out;
    }

    public AlRnnShape shape() {
        return shape;
    }

    /** A copy of the flat parameter vector. */
    public double[] parameters() {
        return theta.clone();
    }

    public double[] a() {
        return Arrays.copyOfRange(theta, shape.offsetA(), shape.offsetA() + shape.latent());
    }

    public double[] w() {
        return Arrays.copyOfRange(theta, shape.offsetW(), shape.offsetH());
    }

    public double[] h() {
        return Arrays.copyOfRange(theta, shape.offsetH(), shape.offsetL());
    }

    public double[] l() {
        return Arrays.copyOfRange(theta, shape.offsetL(), theta.length);
    }

    /** One step {@code out = F(z)}; {@code out} must not be {@code z}. Allocation-free. */
    public void step(double[] z, double[] out) {
        step(theta, shape, z, 0, out, 0);
    }

    /**
     * One step on raw parameters: {@code out[outOff..+M) = F(z[zOff..+M))}; the two ranges must not overlap.
     * The trainers use this on their working parameter vector.
     */
    public static void step(double[] theta, AlRnnShape shape, double[] z, int zOff, double[] out, int outOff) {
        int m = shape.latent();
        int first = shape.firstPiecewise();
        int ow = shape.offsetW();
        int oh = shape.offsetH();
        for (int i = 0; i < m; i++) {
            double s = theta[oh + i] + theta[i] * z[zOff + i];
            int row = ow + i * m;
            for (int j = 0; j < first; j++) {
                s += theta[row + j] * z[zOff + j];
            }
            for (int j = first; j < m; j++) {
                double v = z[zOff + j];
                if (v > 0) {
                    s += theta[row + j] * v;
                }
            }
            out[outOff + i] = s;
        }
    }

    /** {@code z = [x ; L x]}. */
    public void initialState(double[] x, double[] z) {
        initialState(theta, shape, x, 0, z, 0);
    }

    /** {@code z[zOff..+M) = [x ; L x]} with x at {@code x[xOff..+N)}, on raw parameters. */
    public static void initialState(double[] theta, AlRnnShape shape, double[] x, int xOff, double[] z, int zOff) {
        int n = shape.observed();
        int m = shape.latent();
        int ol = shape.offsetL();
        for (int i = 0; i < n; i++) {
            z[zOff + i] = x[xOff + i];
        }
        for (int i = n; i < m; i++) {
            double s = 0;
            int row = ol + (i - n) * n;
            for (int j = 0; j < n; j++) {
                s += theta[row + j] * x[xOff + j];
            }
            z[zOff + i] = s;
        }
    }

    /**
     * Latent free run: {@code length} states, row-major (length x M), the first {@code z0} itself.
     */
    public double[] freeRunLatent(double[] z0, int length) {
        int m = shape.latent();
        if (z0.length != m) {
            throw new IllegalArgumentException("initial latent state must have M=" + m + " values, got " + z0.length);
        }
        if (length < 1) {
            throw new IllegalArgumentException("free-run length must be >= 1, got " + length);
        }
        double[] out = new double[Math.multiplyExact(length, m)];
        System.arraycopy(z0, 0, out, 0, m);
        for (int t = 1; t < length; t++) {
            step(theta, shape, out, (t - 1) * m, out, t * m);
        }
        return out;
    }

    /**
     * Observed free run from the observation {@code x1}: {@code length} rows of N (row 0 = x1), as the
     * reference's generate.
     */
    public double[] freeRunObserved(double[] x1, int length) {
        int m = shape.latent();
        int n = shape.observed();
        if (x1.length != n) {
            throw new IllegalArgumentException("initial observation must have N=" + n + " values, got " + x1.length);
        }
        double[] z = new double[m];
        double[] next = new double[m];
        initialState(x1, z);
        double[] out = new double[Math.multiplyExact(length, n)];
        for (int t = 0; t < length; t++) {
            System.arraycopy(z, 0, out, t * n, n);
            step(theta, shape, z, 0, next, 0);
            double[] swap = z;
            z = next;
            next = swap;
        }
        return out;
    }

    /** The subregion index of the latent state at {@code z[off..+M)}. */
    public int region(double[] z, int off) {
        return region(shape, z, off);
    }

    /** The subregion index of a latent state (requires P &lt;= 30). */
    public static int region(AlRnnShape shape, double[] z, int off) {
        int first = shape.firstPiecewise();
        int index = 0;
        for (int j = 0; j < shape.piecewise(); j++) {
            if (z[off + first + j] > 0) {
                index |= 1 << j;
            }
        }
        return index;
    }

    /** The bits of a region index in unit order (first ReLU unit first), e.g. "10". */
    public String pattern(int region) {
        return pattern(region, shape.piecewise());
    }

    /** The bits of a region index in unit order for P ReLU units. */
    public static String pattern(int region, int piecewise) {
        StringBuilder s = new StringBuilder(piecewise);
        for (int j = 0; j < piecewise; j++) {
            s.append((region >>> j & 1) == 1 ? '1' : '0');
        }
        return s.toString();
    }

    /** Number of subregions 2^P (P &lt;= 30). */
    public int regionCount() {
        if (shape.piecewise() > AlRnnShape.MAX_PIECEWISE_FOR_REGIONS) {
            throw new IllegalStateException("P = " + shape.piecewise() + " is too many ReLU units to index regions");
        }
        return 1 << shape.piecewise();
    }

    /**
     * The Jacobian of the region, {@code diag(A) + W D}, row-major M x M into {@code out}; D is 1 on the linear
     * units and on the active ReLU units.
     */
    public void jacobian(int region, double[] out) {
        int m = shape.latent();
        int first = shape.firstPiecewise();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                boolean on = j < first || (region >>> (j - first) & 1) == 1;
                out[i * m + j] = on ? theta[shape.offsetW() + i * m + j] : 0.0;
            }
            out[i * m + i] += theta[shape.offsetA() + i];
        }
    }
}

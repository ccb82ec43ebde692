package org.dynamicsworkbench.analysis.koopman;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Residual DMD (Colbrook and Townsend 2024): the residual of a candidate pair (lambda, g = psi^T v),
 * <pre>
 * res(lambda, v)^2 = |Psi_Y v - lambda Psi_X v|^2 / |Psi_X v|^2
 *                  = v^*(L - lambda A^* - conj(lambda) A + |lambda|^2 G) v / v^* G v,
 * </pre>
 * and the pseudospectrum tau_N(z) = min_v res(z, v). With the QR factor both are evaluated as
 * |(R_Y - z R_X) v| / |R_X v| without squaring (exact zeros stay zeros); with Gram matrices only, residuals
 * use the quadratic form, which loses half the digits (a floor near 1e-8).
 */
public final class ResDmd {

    private ResDmd() {
    }

    /** The residual of every EDMD eigenpair, in the order of {@link EdmdModel#eigenpairs()}. */
    public static double[] residuals(EdmdModel model) {
        Eigenpairs e = model.eigenpairs();
        double[] out = new double[e.size()];
        for (int k = 0; k < e.size(); k++) {
            double[][] v = e.right(k);
            out[k] = residual(model, e.valueRe(k), e.valueIm(k), v[0], v[1]);
        }
        return out;
    }

    /** The residual of the pair (z, psi^T v) for a complex coefficient vector v = re + i im. */
    public static double residual(EdmdModel model, double zr, double zi, double[] re, double[] im) {
        int n = model.size();
        if (re.length != n || im.length != n) {
            throw new IllegalArgumentException("coefficient vectors must have " + n + " entries");
        }
        double[] r = model.rView();
        if (r != null) {
            return qrResidual(r, n, zr, zi, re, im);
        }
        return quadraticResidual(model, n, zr, zi, re, im);
    }

    private static double qrResidual(double[] r, int n, double zr, double zi, double[] re, double[] im) {
        int w = 2 * n;
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < w; i++) {
            double yr = 0;
            double yi = 0;
            double xr = 0;
            double xi = 0;
            for (int j = 0; j < n; j++) {
                double rx = r[i * w + j];
                double ry = r[i * w + n + j];
                xr += rx * re[j];
                xi += rx * im[j];
                yr += ry * re[j];
                yi += ry * im[j];
            }
            double dr = yr - (zr * xr - zi * xi);
            double di = yi - (zr * xi + zi * xr);
            numerator += dr * dr + di * di;
            denominator += xr * xr + xi * xi;
        }
        return denominator == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(numerator / denominator);
    }

    private static double quadraticResidual(EdmdModel model, int n, double zr, double zi, double[] re, double[] im) {
        double[] g = model.gView();
        double[] a = model.aView();
        double[] l = model.lView();
        double z2 = zr * zr + zi * zi;
        // v^* M v for real M: (re - i im)^T M (re + i im); real part re^T M re + im^T M im, imaginary part
        // re^T M im - im^T M re.
        double[] gq = form(g, n, re, im);
        double[] lq = form(l, n, re, im);
        double[] aq = form(a, n, re, im);
        // v^* A^* v = conj(v^* A v).
        double numerator = lq[0] - 2 * (zr * aq[0] + zi * aq[1]) + z2 * gq[0];
        return gq[0] <= 0 ? Double.POSITIVE_INFINITY : Math.sqrt(Math.max(0, numerator) / gq[0]);
    }

    private static double[] form(double[] m, int n, double[] re, double[] im) {
        double real = 0;
        double imag = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double mij = m[i * n + j];
                real += mij * (re[i] * re[j] + im[i] * im[j]);
                imag += mij * (re[i] * im[j] - im[i] * re[j]);
            }
        }
        return new double[] {real, imag};
    }

    /**
     * tau_N(z) on the grid {@code re[i] + 1i * im[j]}, in parallel over grid points on at most
     * {@code threads} threads.
     *
     * @throws IllegalStateException if the model was fitted without the QR accumulation
     */
    public static Pseudospectrum pseudospectrum(EdmdModel model, double[] re, double[] im, int threads) {
        PseudospectrumSolver solver = new PseudospectrumSolver(model);
        double[] tau = new double[re.length * im.length];
        // Real data and a real dictionary: tau(conj z) = tau(z). Rows with a mirror at +|Im| are copied.
        int[] mirror = new int[im.length];
        for (int j = 0; j < im.length; j++) {
            mirror[j] = -1;
            if (im[j] < 0) {
                for (int q = 0; q < im.length; q++) {
                    if (Math.abs(im[q] + im[j]) <= 1e-12 * Math.max(1, Math.abs(im[j]))) {
                        mirror[j] = q;
                        break;
                    }
                }
            }
        }
        int[] computed = IntStream.range(0, tau.length).filter(p -> mirror[p / re.length] < 0).toArray();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.of(computed).parallel()
                    .forEach(p -> tau[p] = solver.tau(re[p % re.length], im[p / re.length]))).get();
            for (int j = 0; j < im.length; j++) {
                if (mirror[j] >= 0) {
                    System.arraycopy(tau, mirror[j] * re.length, tau, j * re.length, re.length);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pseudospectrum interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Pseudospectrum(re, im, tau);
    }

    /** tau_N(z) at one point. */
    public static double tau(EdmdModel model, double zr, double zi) {
        return new PseudospectrumSolver(model).tau(zr, zi);
    }

    /**
     * With R11 = U S V^T (rank k) and u = S V^T v: tau(z) = sigma_min(C - z E), C = R_Y V S^-1 (2N x k),
     * E = [U; 0]. The complex 2N x k matrix is reduced to a k x k triangle T by Householder reflections and
     * sigma_min(T) taken from the SVD of T's real embedding (2k x 2k instead of 4N x 2k).
     */
    static final class PseudospectrumSolver {
        private final int rows;
        private final int rank;
        private final double[] c;   // rows x rank
        private final double[] e;   // rows x rank

        PseudospectrumSolver(EdmdModel model) {
            double[] r = model.rView();
            if (r == null) {
                throw new IllegalStateException("pseudospectra need EDMD fitted with the QR accumulation");
            }
            int n = model.size();
            int w = 2 * n;
            double[] r11 = DenseAlgebra.block(r, w, 0, n, 0, n);
            SingularValueDecomposition svd = new SingularValueDecomposition(DenseAlgebra.matrix(r11, n, n));
            double[] s = svd.getSingularValues();
            int k = 0;
            while (k < n && s[k] > model.options().relativeCutoff() * s[0] && s[k] > 0) {
                k++;
            }
            RealMatrix u = svd.getU();
            RealMatrix v = svd.getV();
            this.rows = w;
            this.rank = k;
            this.c = new double[w * k];
            this.e = new double[w * k];
            for (int i = 0; i < w; i++) {
                for (int col = 0; col < k; col++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        sum += r[i * w + n + j] * v.getEntry(j, col);
                    }
                    c[i * k + col] = sum / s[col];
                    e[i * k + col] = i < n ? u.getEntry(i, col) : 0;
                }
            }
        }

        private final ThreadLocal<double[][]> scratch = ThreadLocal.withInitial(() -> new double[2][]);

        /** sigma_min(C - zE) by complex Householder QR to a k x k triangle T, then sigma_min(T). */
        double tau(double zr, double zi) {
            int k = rank;
            int m = rows;
            double[][] work = scratch.get();
            if (work[0] == null) {
                work[0] = new double[m * k];
                work[1] = new double[m * k];
            }
            double[] ar = work[0];   // column-major: column c at c * m
            double[] ai = work[1];
            for (int i = 0; i < m; i++) {
                for (int col = 0; col < k; col++) {
                    double ei = e[i * k + col];
                    ar[col * m + i] = c[i * k + col] - zr * ei;
                    ai[col * m + i] = -zi * ei;
                }
            }
            for (int j = 0; j < k; j++) {
                int cj = j * m;
                double norm2 = 0;
                for (int i = j; i < m; i++) {
                    norm2 += ar[cj + i] * ar[cj + i] + ai[cj + i] * ai[cj + i];
                }
                if (norm2 == 0) {
                    continue;
                }
                double norm = Math.sqrt(norm2);
                double x0r = ar[cj + j];
                double x0i = ai[cj + j];
                double a0 = Math.hypot(x0r, x0i);
                double pr = a0 > 0 ? x0r / a0 : 1;
                double pi = a0 > 0 ? x0i / a0 : 0;
                // v = x - alpha e1 with alpha = -phase * norm; v_j = x0 + phase * norm.
                ar[cj + j] = x0r + pr * norm;
                ai[cj + j] = x0i + pi * norm;
                double vv = norm2 - a0 * a0 + ar[cj + j] * ar[cj + j] + ai[cj + j] * ai[cj + j];
                for (int col = j + 1; col < k; col++) {
                    int cc = col * m;
                    double sr = 0;
                    double si = 0;
                    for (int i = j; i < m; i++) {
                        double vr = ar[cj + i];
                        double vi = ai[cj + i];
                        sr += vr * ar[cc + i] + vi * ai[cc + i];
                        si += vr * ai[cc + i] - vi * ar[cc + i];
                    }
                    double fr = 2 * sr / vv;
                    double fi = 2 * si / vv;
                    for (int i = j; i < m; i++) {
                        double vr = ar[cj + i];
                        double vi = ai[cj + i];
                        ar[cc + i] -= fr * vr - fi * vi;
                        ai[cc + i] -= fr * vi + fi * vr;
                    }
                }
                ar[cj + j] = -pr * norm;
                ai[cj + j] = -pi * norm;
            }
            // Each singular value of T appears twice among those of [[Re T, -Im T], [Im T, Re T]].
            RealMatrix embedded = new Array2DRowRealMatrix(2 * k, 2 * k);
            for (int i = 0; i < k; i++) {
                for (int col = i; col < k; col++) {
                    double tr = ar[col * m + i];
                    double ti = ai[col * m + i];
                    embedded.setEntry(i, col, tr);
                    embedded.setEntry(i, k + col, -ti);
                    embedded.setEntry(k + i, col, ti);
                    embedded.setEntry(k + i, k + col, tr);
                }
            }
            double[] s = new SingularValueDecomposition(embedded).getSingularValues();
            return s[s.length - 1];
        }
    }
}

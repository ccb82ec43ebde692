package org.dynamicsworkbench.analysis.metrics;

/**
 * The power-spectrum Hellinger distance D_H between two series of equal length: per column, z-score, take
 * {@code |rfft|^2}, smooth along frequency with a Gaussian of standard deviation {@code sigma} (scipy
 * {@code gaussian_filter1d} semantics: radius {@code floor(4 sigma + 0.5)}, half-sample-symmetric reflection at
 * the ends), normalise to sum 1, and take {@code H = sqrt(1 - sum sqrt(p q))}; D_H is the mean over columns.
 * NaN when a series is constant or not finite in some column.
 */
public final class PowerSpectrumDistance {

    private PowerSpectrumDistance() {
    }

    public static double compute(double[] truth, double[] generated, int columns, double sigma) {
        if (columns < 1 || truth.length % columns != 0 || truth.length != generated.length || truth.length == 0) {
            throw new IllegalArgumentException("D_H needs two non-empty series of equal length in rows of " + columns);
        }
        if (!(sigma >= 0)) {
            throw new IllegalArgumentException("smoothing sigma must be >= 0, got " + sigma);
        }
        int rows = truth.length / columns;
        double total = 0;
        for (int c = 0; c < columns; c++) {
            double[] p = spectrum(truth, rows, columns, c, sigma);
            double[] q = spectrum(generated, rows, columns, c, sigma);
            if (p == null || q == null) {
                return Double.NaN;
            }
            double bc = 0;
            for (int k = 0; k < p.length; k++) {
                bc += Math.sqrt(p[k] * q[k]);
            }
            total += Math.sqrt(Math.max(0, 1 - bc));
        }
        return total / columns;
    }

    /** The smoothed, normalised spectrum of one column, or null if it cannot be standardised. */
    static double[] spectrum(double[] x, int rows, int columns, int column, double sigma) {
        double[] v = new double[rows];
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            v[r] = x[r * columns + column];
            sum += v[r];
        }
        double mean = sum / rows;
        double q = 0;
        for (int r = 0; r < rows; r++) {
            double d = v[r] - mean;
            q += d * d;
        }
        double std = Math.sqrt(q / rows);
        if (!(std > 0) || !Double.isFinite(std)) {
            return null;
        }
        for (int r = 0; r < rows; r++) {
            v[r] = (v[r] - mean) / std;
        }
        double[] power = PowerSpectrum.of(v);
        double[] smooth = sigma > 0 ? gaussianFilter(power, sigma) : power;
        double norm = 0;
        for (int k = 0; k < smooth.length; k++) {
            smooth[k] = Math.max(0, smooth[k]);
            norm += smooth[k];
        }
        if (!(norm > 0)) {
            return null;
        }
        for (int k = 0; k < smooth.length; k++) {
            smooth[k] /= norm;
        }
        return smooth;
    }

    /** Gaussian smoothing with scipy's gaussian_filter1d rules (truncate 4, mode "reflect"). */
    static double[] gaussianFilter(double[] x, double sigma) {
        int radius = (int) (4 * sigma + 0.5);
        double[] w = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            w[i + radius] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += w[i + radius];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        int n = x.length;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = -radius; i <= radius; i++) {
                s += w[i + radius] * x[reflect(k + i, n)];
            }
            out[k] = s;
        }
        return out;
    }

    /** Half-sample symmetric index: ... b a | a b c ... c | c b ... */
    private static int reflect(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * n;
        int j = Math.floorMod(i, period);
        return j < n ? j : period - 1 - j;
    }
}

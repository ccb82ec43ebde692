package org.dynamicsworkbench.analysis.metrics;

/**
 * The power spectrum {@code |rfft(x)|^2} (n / 2 + 1 frequencies) of a real series of any length: a radix-2
 * FFT for powers of two, Bluestein's chirp-z transform otherwise.
 */
public final class PowerSpectrum {

    private PowerSpectrum() {
    }

    /** {@code |X_k|^2} for k = 0..n/2 of the discrete Fourier transform of {@code x}. */
    public static double[] of(double[] x) {
        int n = x.length;
        if (n < 1) {
            throw new IllegalArgumentException("power spectrum of an empty series");
        }
        double[] re;
        double[] im;
        if (Integer.bitCount(n) == 1) {
            re = x.clone();
            im = new double[n];
            fft(re, im, false);
        } else {
            double[][] out = bluestein(x);
            re = out[0];
            im = out[1];
        }
        double[] power = new double[n / 2 + 1];
        for (int k = 0; k < power.length; k++) {
            power[k] = re[k] * re[k] + im[k] * im[k];
        }
        return power;
    }

    private static double[][] bluestein(double[] x) {
        int n = x.length;
        int m = Integer.highestOneBit(2 * n - 1) << 1;
        double[] wr = new double[n];
        double[] wi = new double[n];
        long twoN = 2L * n;
        for (int k = 0; k < n; k++) {
            long kk = (long) k * k % twoN;
            double angle = Math.PI * kk / n;
            wr[k] = Math.cos(angle);
            wi[k] = -Math.sin(angle);
        }
        double[] ar = new double[m];
        double[] ai = new double[m];
        for (int k = 0; k < n; k++) {
            ar[k] = x[k] * wr[k];
            ai[k] = x[k] * wi[k];
        }
        double[] br = new double[m];
        double[] bi = new double[m];
        br[0] = wr[0];
        bi[0] = -wi[0];
        for (int k = 1; k < n; k++) {
            br[k] = wr[k];
            bi[k] = -wi[k];
            br[m - k] = wr[k];
            bi[m - k] = -wi[k];
        }
        fft(ar, ai, false);
        fft(br, bi, false);
        for (int k = 0; k < m; k++) {
            double r = ar[k] * br[k] - ai[k] * bi[k];
            double i = ar[k] * bi[k] + ai[k] * br[k];
            ar[k] = r;
            ai[k] = i;
        }
        fft(ar, ai, true);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            double r = ar[k] / m;
            double i = ai[k] / m;
            re[k] = r * wr[k] - i * wi[k];
            im[k] = r * wi[k] + i * wr[k];
        }
        return new double[][] {re, im};
    }

    /** In-place iterative radix-2 FFT (unnormalised; {@code inverse} flips the sign of the exponent). */
    static void fft(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            int half = len / 2;
            for (int k = 0; k < half; k++) {
                double cr = Math.cos(angle * k);
                double ci = Math.sin(angle * k);
                for (int i = k; i < n; i += len) {
                    int j = i + half;
                    double tr = re[j] * cr - im[j] * ci;
                    double ti = re[j] * ci + im[j] * cr;
                    re[j] = re[i] - tr;
                    im[j] = im[i] - ti;
                    re[i] += tr;
                    im[i] += ti;
                }
            }
        }
    }
}

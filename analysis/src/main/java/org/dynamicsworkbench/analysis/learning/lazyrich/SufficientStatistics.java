package org.dynamicsworkbench.analysis.learning.lazyrich;

import java.util.Arrays;

/**
 * The statistics that describe the network completely: the mean weight {@code w-bar = (1/N) sum_i w_i} and the
 * second-moment matrix {@code M = W^T W / N}, since {@code f(x) = alpha (w-bar . x + (eps/2) x^T M x)} exactly.
 * A reusable work holder (computing allocates nothing); read {@link #meanWeight()} and {@link #secondMoment()}
 * only between computations.
 */
final class SufficientStatistics {
    private final int dim;
    private final int width;
    private final double[] wBar;
    private final double[] m;

    SufficientStatistics(int dim, int width) {
        this.dim = dim;
        this.width = width;
        this.wBar = new double[dim];
        this.m = new double[dim * dim];
    }

    /** Computes w-bar and M of the weights {@code w} (N x D, row-major). */
    SufficientStatistics compute(double[] w) {
        Arrays.fill(wBar, 0.0);
        Arrays.fill(m, 0.0);
        double inverseWidth = 1.0 / width;
        for (int i = 0; i < width; i++) {
            int wi = i * dim;
            for (int k = 0; k < dim; k++) {
                wBar[k] += w[wi + k];
            }
            for (int k = 0; k < dim; k++) {
                double a = w[wi + k] * inverseWidth;
                int row = k * dim;
                for (int l = 0; l < dim; l++) {
                    m[row + l] += a * w[wi + l];
                }
            }
        }
        for (int k = 0; k < dim; k++) {
            wBar[k] *= inverseWidth;
        }
        return this;
    }

    /** Subtracts another network's statistics (the centred predictor {@code f - f_0} has w-bar - w-bar_0, M - M_0). */
    SufficientStatistics subtract(SufficientStatistics other) {
        for (int k = 0; k < dim; k++) {
            wBar[k] -= other.wBar[k];
        }
        for (int j = 0; j < m.length; j++) {
            m[j] -= other.m[j];
        }
        return this;
    }

    /** The live w-bar work array (D values). */
    double[] meanWeight() {
        return wBar;
    }

    /** The live M work array (D x D, row-major, symmetric). */
    double[] secondMoment() {
        return m;
    }

    /** The predictor {@code alpha (w-bar . x + (eps/2) x^T M x)} at one point (for tests and spot checks). */
    double predict(double[] x, double alpha, double epsilon) {
        double linear = 0;
        double quadratic = 0;
        for (int k = 0; k < dim; k++) {
            linear += wBar[k] * x[k];
            double mx = 0;
            for (int l = 0; l < dim; l++) {
                mx += m[k * dim + l] * x[l];
            }
            quadratic += x[k] * mx;
        }
        return alpha * (linear + 0.5 * epsilon * quadratic);
    }

    /** The cosine {@code beta^T M beta / (||M||_F ||beta||^2)} ("M-alignment"; 1 when M is a multiple of beta beta^T). */
    double alignmentWith(double[] beta) {
        double quadratic = 0;
        double frobenius = 0;
        double betaNorm2 = 0;
        for (int k = 0; k < dim; k++) {
            betaNorm2 += beta[k] * beta[k];
            for (int l = 0; l < dim; l++) {
                double v = m[k * dim + l];
                quadratic += beta[k] * v * beta[l];
                frobenius += v * v;
            }
        }
        return quadratic / (Math.sqrt(frobenius) * betaNorm2);
    }
}

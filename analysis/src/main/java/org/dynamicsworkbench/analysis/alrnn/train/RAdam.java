package org.dynamicsworkbench.analysis.alrnn.train;

/**
 * The rectified Adam optimiser (Liu et al. 2020) with beta = (0.9, 0.999) and epsilon 1e-8, in the form of the
 * reference training code: while the variance is not tractable ({@code rho_t <= 4}) the step is the
 * bias-corrected momentum alone. Its state (moments and step count) can be saved and restored exactly.
 */
public final class RAdam {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;
    private static final double RHO_INF = 2 / (1 - BETA2) - 1;

    private final double[] m;
    private final double[] v;
    private long step;

    /** A fresh optimiser for {@code size} parameters. */
    public RAdam(int size) {
        this(new double[size], new double[size], 0);
    }

    /** An optimiser restored from saved moments (copied) and step count. */
    public RAdam(double[] m, double[] v, long step) {
        if (m.length != v.length) {
            throw new IllegalArgumentException("RAdam moments differ in length: " + m.length + " and " + v.length);
        }
        if (step < 0) {
            throw new IllegalArgumentException("RAdam step must be >= 0, got " + step);
        }
        this.m = m.clone();
        this.v = v.clone();
        this.step = step;
    }

    /** One update {@code theta -= step(grad)} with learning rate {@code lr}. Allocation-free. */
    public void update(double[] theta, double[] grad, double lr) {
        if (theta.length != m.length || grad.length != m.length) {
            throw new IllegalArgumentException("RAdam has " + m.length + " parameters, got " + theta.length
                    + " parameters and " + grad.length + " gradients");
        }
        step++;
        double b1t = Math.pow(BETA1, step);
        double b2t = Math.pow(BETA2, step);
        double rho = RHO_INF - 2 * step * b2t / (1 - b2t);
        double c1 = 1 / (1 - b1t);
        boolean rectified = rho > 4;
        double r = rectified
                ? Math.sqrt((rho - 4) * (rho - 2) * RHO_INF / ((RHO_INF - 4) * (RHO_INF - 2) * rho)) : 0;
        double c2 = 1 / (1 - b2t);
        for (int i = 0; i < theta.length; i++) {
            double g = grad[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            double mHat = m[i] * c1;
            theta[i] -= rectified ? lr * r * mHat / (Math.sqrt(v[i] * c2) + EPSILON) : lr * mHat;
        }
    }

    public double[] firstMoment() {
        return m.clone();
    }

    public double[] secondMoment() {
        return v.clone();
    }

    public long step() {
        return step;
    }
}

package org.dynamicsworkbench.analysis.koopman;

/** Trajectories for the Koopman oracles, by classic RK4 with substeps (the oracles used DOP853). */
final class TestFlows {
    private TestFlows() {
    }

    interface Field {
        void rhs(double[] s, double[] out);
    }

    static final Field DAMPED_DUFFING = (s, out) -> {
        out[0] = s[1];
        out[1] = -0.5 * s[1] + s[0] - s[0] * s[0] * s[0];
    };

    static final Field LORENZ = (s, out) -> {
        out[0] = 10 * (s[1] - s[0]);
        out[1] = s[0] * (28 - s[2]) - s[1];
        out[2] = s[0] * s[1] - 8.0 / 3.0 * s[2];
    };

    /** {@code samples} states spaced dt (the first is x0), each sample reached by {@code substeps} RK4 steps. */
    static double[] sample(Field f, double[] x0, double dt, int substeps, int samples) {
        int d = x0.length;
        double[] s = x0.clone();
        double[] out = new double[samples * d];
        double h = dt / substeps;
        double[] k1 = new double[d];
        double[] k2 = new double[d];
        double[] k3 = new double[d];
        double[] k4 = new double[d];
        double[] tmp = new double[d];
        for (int n = 0; n < samples; n++) {
            System.arraycopy(s, 0, out, n * d, d);
            for (int step = 0; step < substeps; step++) {
                f.rhs(s, k1);
                for (int c = 0; c < d; c++) {
                    tmp[c] = s[c] + 0.5 * h * k1[c];
                }
                f.rhs(tmp, k2);
                for (int c = 0; c < d; c++) {
                    tmp[c] = s[c] + 0.5 * h * k2[c];
                }
                f.rhs(tmp, k3);
                for (int c = 0; c < d; c++) {
                    tmp[c] = s[c] + h * k3[c];
                }
                f.rhs(tmp, k4);
                for (int c = 0; c < d; c++) {
                    s[c] += h / 6 * (k1[c] + 2 * k2[c] + 2 * k3[c] + k4[c]);
                }
            }
        }
        return out;
    }

    /** The state after integrating for {@code time}. */
    static double[] advance(Field f, double[] x0, double time, double h) {
        int steps = (int) Math.round(time / h);
        double[] states = sample(f, x0, h, 1, steps + 1);
        return java.util.Arrays.copyOfRange(states, steps * x0.length, (steps + 1) * x0.length);
    }

    /** One column of a row-major array. */
    static double[] column(double[] states, int d, int c) {
        double[] out = new double[states.length / d];
        for (int i = 0; i < out.length; i++) {
            out[i] = states[i * d + c];
        }
        return out;
    }
}

package org.dynamicsworkbench.analysis.koopman;

/**
 * Delay coordinates: the state at step k becomes (s_k, s_{k+1}, ..., s_{k+q-1}) (q blocks of d numbers), and
 * the pairs are consecutive embedded states. The matching dictionary ({@link #dictionary}) is the constant
 * plus every embedded coordinate divided by its RMS over the data (Colbrook's Lorenz example); delay
 * embedding makes the EDMD problem a Krylov (Hankel) one.
 */
public final class DelayEmbedding {

    private DelayEmbedding() {
    }

    /**
     * Snapshot pairs of the q-delay embedding of one trajectory.
     *
     * @throws IllegalArgumentException if the trajectory has fewer than q + 1 states
     */
    public static SnapshotPairs pairs(int dimension, double[] states, int delays) {
        int length = states.length / dimension;
        if (delays < 1) {
            throw new IllegalArgumentException("delays must be at least 1, got " + delays);
        }
        if (length < delays + 1) {
            throw new IllegalArgumentException("delay:" + delays + " needs at least " + (delays + 1)
                    + " states, got " + length);
        }
        int embedded = dimension * delays;
        int count = length - delays + 1;
        double[] all = new double[count * embedded];
        for (int k = 0; k < count; k++) {
            System.arraycopy(states, k * dimension, all, k * embedded, embedded);
        }
        return SnapshotPairs.fromTrajectory(embedded, all);
    }

    /** Constant plus the embedded coordinates scaled to unit RMS over the x states of {@code pairs}. */
    public static Dictionary dictionary(SnapshotPairs pairs) {
        int d = pairs.dimension();
        double[] x = pairs.xView();
        int m = pairs.size();
        double[] scale = new double[d];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < d; c++) {
                scale[c] += x[i * d + c] * x[i * d + c];
            }
        }
        for (int c = 0; c < d; c++) {
            double rms = Math.sqrt(scale[c] / m);
            scale[c] = rms > 0 ? 1 / rms : 1;
        }
        return new ScaledCoordinates(scale);
    }

    /** 1, a_0 x_0, ..., a_{d-1} x_{d-1}. */
    private record ScaledCoordinates(double[] scale) implements Dictionary {
        @Override
        public int inputDimension() {
            return scale.length;
        }

        @Override
        public int size() {
            return scale.length + 1;
        }

        @Override
        public void evaluate(double[] state, int offset, double[] out, int outOffset) {
            out[outOffset] = 1;
            for (int c = 0; c < scale.length; c++) {
                out[outOffset + 1 + c] = scale[c] * state[offset + c];
            }
        }

        @Override
        public String name(int j) {
            return j == 0 ? "1" : "delay coordinate " + (j - 1);
        }

        @Override
        public String toString() {
            return "constant + " + scale.length + " delay coordinates";
        }
    }
}

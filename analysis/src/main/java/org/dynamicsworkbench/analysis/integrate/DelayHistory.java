package org.dynamicsworkbench.analysis.integrate;

/**
 * The past of a delay-equation solution on the grid t_j = j h (j >= 0): a ring buffer of the last
 * {@code capacity} nodes, each with its values and slopes, and a constant history before t = 0. Values
 * between nodes are cubic Hermite interpolants of the two neighbouring values and slopes (fourth-order
 * accurate, like the RK4 steps that produce the nodes). Not thread-safe; no allocation after construction.
 */
public final class DelayHistory {
    private final int components;
    private final int capacity;
    private final double step;
    private final double[] constants;
    private final double[] values;
    private final double[] slopes;
    private long count;

    /**
     * @param components number of components m of the solution
     * @param step       grid spacing h > 0
     * @param lookback   how far back, in time, values will be asked for (at least one step)
     * @param constants  the constant history before t = 0, one value per component
     */
    DelayHistory(int components, double step, double lookback, double[] constants) {
        if (components <= 0 || constants.length != components) {
            throw new IllegalArgumentException("history needs one constant per component: " + components
                    + " components, " + constants.length + " constants");
        }
        if (!(step > 0) || !(lookback >= step) || !Double.isFinite(lookback)) {
            throw new IllegalArgumentException("history needs step > 0 and lookback >= step, got step " + step
                    + ", lookback " + lookback);
        }
        long nodes = (long) Math.ceil(lookback / step) + 3;
        if (nodes * components > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a lookback of " + lookback + " at step " + step + " needs " + nodes
                    + " stored nodes: too many (use a larger step)");
        }
        this.components = components;
        this.capacity = (int) nodes;
        this.step = step;
        this.constants = constants.clone();
        this.values = new double[capacity * components];
        this.slopes = new double[capacity * components];
    }

    /** Stores node {@link #nodes()} (the next one) with its values and slopes. */
    void append(double[] nodeValues, double[] nodeSlopes) {
        int base = (int) (count % capacity) * components;
        System.arraycopy(nodeValues, 0, values, base, components);
        System.arraycopy(nodeSlopes, 0, slopes, base, components);
        count++;
    }

    /** Number of nodes stored so far (the latest is node {@code nodes() - 1}, at time (nodes() - 1) h). */
    public long nodes() {
        return count;
    }

    /** Grid spacing h. */
    public double step() {
        return step;
    }

    /**
     * Value of {@code component} at time (node + theta) h, 0 <= theta <= 1: the constant history when
     * node < 0, the stored value when theta = 0, else the Hermite interpolant on [node, node + 1].
     */
    public double value(int component, long node, double theta) {
        if (node < 0) {
            return constants[component];
        }
        int i = index(node) + component;
        if (theta == 0.0) {
            return values[i];
        }
        int k = index(node + 1) + component;
        double h = step;
        double t2 = theta * theta;
        double t3 = t2 * theta;
        return (2 * t3 - 3 * t2 + 1) * values[i] + (t3 - 2 * t2 + theta) * h * slopes[i]
                + (3 * t2 - 2 * t3) * values[k] + (t3 - t2) * h * slopes[k];
    }

    /** Value of {@code component} at any time from the stored past up to the latest node. */
    public double valueAt(int component, double time) {
        if (time <= 0) {
            return constants[component];
        }
        double position = time / step;
        long node = (long) Math.floor(position);
        double theta = position - node;
        long latest = count - 1;
        if (node >= latest) {
            if (position > latest * (1 + 1e-12) + 1e-9) {
                throw new IllegalStateException("time " + time + " is beyond the latest node " + latest * step);
            }
            return values[index(latest) + component];
        }
        return value(component, node, theta);
    }

    /** Multiplies every stored value and slope of {@code component}, and its constant history, by {@code factor}. */
    void scale(int component, double factor) {
        constants[component] *= factor;
        long stored = Math.min(count, capacity);
        for (int j = 0; j < stored; j++) {
            values[j * components + component] *= factor;
            slopes[j * components + component] *= factor;
        }
    }

    /** Sum of squares of {@code component} over nodes from..to (inclusive), constant history for negative nodes. */
    double sumOfSquares(int component, long from, long to) {
        double sum = 0;
        for (long j = from; j <= to; j++) {
            double v = value(component, j, 0.0);
            sum += v * v;
        }
        return sum;
    }

    private int index(long node) {
        if (node >= count || node < count - capacity) {
            throw new IllegalStateException("node " + node + " is not stored (nodes " + Math.max(0, count - capacity)
                    + " to " + (count - 1) + ")");
        }
        return (int) (node % capacity) * components;
    }
}

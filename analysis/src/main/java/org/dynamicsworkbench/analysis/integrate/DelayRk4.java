package org.dynamicsworkbench.analysis.integrate;

/**
 * Classical RK4 for y'(t) = F(t, y(t), y(t - tau)) on the grid h = tau / N, so that every delayed stage time
 * (t_n + {0, h/2, h} - tau) falls on a stored node or a node midpoint: the delayed values come from the
 * {@link DelayHistory} (exact at nodes, cubic Hermite at midpoints) and the breakpoints of the solution
 * (the jumps of its derivatives at multiples of tau) fall on the grid, which keeps the method fourth
 * order. Not thread-safe; no allocation per step.
 */
public final class DelayRk4 {
    private final DelayField field;
    private final String name;
    private final int m;
    private final int stepsPerDelay;
    private final double h;
    private final DelayHistory history;
    private final double[] y;
    private final double[] slope;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] stage;
    private final double[] delayed;

    /**
     * @param name          system name for divergence messages
     * @param field         the right-hand side
     * @param initial       constant history (and value at t = 0), one per component
     * @param delay         tau > 0
     * @param stepsPerDelay N >= 2 steps per delay
     * @param lookback      how far back the history must stay available (at least tau)
     */
    public DelayRk4(String name, DelayField field, double[] initial, double delay, int stepsPerDelay,
                    double lookback) {
        if (!(delay > 0) || !Double.isFinite(delay)) {
            throw new IllegalArgumentException(name + ": the delay tau must be a positive number, got " + delay);
        }
        if (stepsPerDelay < 2) {
            throw new IllegalArgumentException(name + ": at least 2 steps per delay, got " + stepsPerDelay);
        }
        this.name = name;
        this.field = field;
        this.m = initial.length;
        this.stepsPerDelay = stepsPerDelay;
        this.h = delay / stepsPerDelay;
        this.history = new DelayHistory(m, h, Math.max(lookback, delay), initial);
        this.y = initial.clone();
        this.slope = new double[m];
        this.k2 = new double[m];
        this.k3 = new double[m];
        this.k4 = new double[m];
        this.stage = new double[m];
        this.delayed = new double[m];
        // The slope at t = 0 is the right derivative: the history is constant, so y(-tau) = y(0).
        field.evaluate(0.0, y, initial, slope);
        checkFinite(slope, 0);
        history.append(y, slope);
    }

    /** Advances one step h and stores the new node. */
    public void step() {
        long n = history.nodes() - 1;
        double t = n * h;
        double half = 0.5 * h;
        long back = n - stepsPerDelay;
        loadDelayed(back, 0.5);
        for (int i = 0; i < m; i++) {
            stage[i] = y[i] + half * slope[i];
        }
        field.evaluate(t + half, stage, delayed, k2);
        for (int i = 0; i < m; i++) {
            stage[i] = y[i] + half * k2[i];
        }
        field.evaluate(t + half, stage, delayed, k3);
        loadDelayed(back + 1, 0.0);
        for (int i = 0; i < m; i++) {
            stage[i] = y[i] + h * k3[i];
        }
        field.evaluate(t + h, stage, delayed, k4);
        double sixth = h / 6.0;
        for (int i = 0; i < m; i++) {
            y[i] += sixth * (slope[i] + 2.0 * (k2[i] + k3[i]) + k4[i]);
        }
        checkFinite(y, n + 1);
        // New node's delayed value is node n + 1 - N, already stored (N >= 2).
        field.evaluate(t + h, y, delayed, slope);
        checkFinite(slope, n + 1);
        history.append(y, slope);
    }

    private void loadDelayed(long node, double theta) {
        for (int i = 0; i < m; i++) {
            delayed[i] = history.value(i, node, theta);
        }
    }

    private void checkFinite(double[] v, long node) {
        if (DivergenceCheck.isDiverged(v, 0, m)) {
            throw DivergenceException.of(name, (int) Math.min(node, Integer.MAX_VALUE), node * h, v, 0, m);
        }
    }

    /** Steps taken so far. */
    public long steps() {
        return history.nodes() - 1;
    }

    /** Time of the latest node. */
    public double time() {
        return steps() * h;
    }

    /** The grid step h = tau / N. */
    public double stepSize() {
        return h;
    }

    /** Steps per delay N. */
    public int stepsPerDelay() {
        return stepsPerDelay;
    }

    /** Current value of {@code component}. */
    public double current(int component) {
        return y[component];
    }

    /** The stored past, for sampling and embeddings. */
    public DelayHistory history() {
        return history;
    }

    /**
     * Multiplies component {@code component} of the whole solution (history, current value and slope) by
     * {@code factor}: valid when that component obeys a linear equation (a tangent vector).
     */
    public void scale(int component, double factor) {
        history.scale(component, factor);
        y[component] *= factor;
        slope[component] *= factor;
    }

    /** Root mean square of {@code component} over the nodes of the last delay interval [t - tau, t]. */
    public double rmsOverLastDelay(int component) {
        long n = steps();
        return Math.sqrt(history.sumOfSquares(component, n - stepsPerDelay, n) / (stepsPerDelay + 1));
    }
}

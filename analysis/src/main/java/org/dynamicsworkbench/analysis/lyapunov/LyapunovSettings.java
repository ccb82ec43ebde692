package org.dynamicsworkbench.analysis.lyapunov;

/**
 * How to run {@link LyapunovSpectrum}. For flows times are in model time units and the number of steps
 * is time / dt rounded to the nearest integer; for maps dt is 1 and times count iterations.
 *
 * @param dt                           RK4 step of the state and tangent dynamics (1 for maps)
 * @param transientTime                time integrated and discarded before measuring, >= 0
 * @param totalTime                    time over which the exponents are averaged, > 0
 * @param reorthonormalizationInterval steps between QR re-orthonormalisations, >= 1
 */
public record LyapunovSettings(double dt, double transientTime, double totalTime, int reorthonormalizationInterval) {

    public LyapunovSettings {
        if (!(dt > 0 && Double.isFinite(dt))) {
            throw new IllegalArgumentException("dt must be a positive number, got " + dt);
        }
        if (!(transientTime >= 0 && Double.isFinite(transientTime))) {
            throw new IllegalArgumentException("transient time must be >= 0, got " + transientTime);
        }
        if (!(totalTime > 0 && Double.isFinite(totalTime))) {
            throw new IllegalArgumentException("total time must be a positive number, got " + totalTime);
        }
        if (reorthonormalizationInterval < 1) {
            throw new IllegalArgumentException("re-orthonormalisation interval must be >= 1 step, got "
                    + reorthonormalizationInterval);
        }
        if (Math.round(totalTime / dt) < 1) {
            throw new IllegalArgumentException("total time " + totalTime + " is shorter than one step of " + dt);
        }
        if ((totalTime + transientTime) / dt > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many steps: (" + transientTime + " + " + totalTime + ") / " + dt);
        }
    }

    /** A flow: RK4 step dt, QR after every step. */
    public static LyapunovSettings flow(double dt, double transientTime, double totalTime) {
        return new LyapunovSettings(dt, transientTime, totalTime, 1);
    }

    /** A map: iteration counts, QR after every iteration. */
    public static LyapunovSettings map(int transientIterations, int iterations) {
        return new LyapunovSettings(1.0, transientIterations, iterations, 1);
    }

    /** The same settings with QR every {@code steps} steps. */
    public LyapunovSettings withReorthonormalizationInterval(int steps) {
        return new LyapunovSettings(dt, transientTime, totalTime, steps);
    }

    int transientSteps() {
        return (int) Math.round(transientTime / dt);
    }

    int measuredSteps() {
        return (int) Math.round(totalTime / dt);
    }
}

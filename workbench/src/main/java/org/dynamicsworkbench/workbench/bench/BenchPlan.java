package org.dynamicsworkbench.workbench.bench;

/**
 * Sizes of a benchmark run: the full plan is what the issue asks for; the quick plan runs the same code
 * paths with smaller sizes so that a test can check that every row is produced.
 *
 * @param rk4Steps        steps of the RK4 Lorenz benchmark
 * @param sliderSteps     steps integrated per slider round trip
 * @param framePoints     points of the frame-time benchmark
 * @param width           frame width in pixels
 * @param height          frame height in pixels
 * @param warmupRuns      untimed runs before measuring (JIT warm-up)
 * @param timedRuns       timed runs per benchmark
 */
public record BenchPlan(int rk4Steps, int sliderSteps, int framePoints, int width, int height, int warmupRuns,
                        int timedRuns) {

    public BenchPlan {
        if (rk4Steps < 1 || sliderSteps < 1 || framePoints < 2 || width < 1 || height < 1 || warmupRuns < 0
                || timedRuns < 1) {
            throw new IllegalArgumentException("benchmark sizes must be positive: " + this);
        }
    }

    /** RK4 1e6 steps, slider 1e5 steps, frame 1e6 points, 1280x800, 5 warm-up and 15 timed runs. */
    public static BenchPlan full() {
        return new BenchPlan(1_000_000, 100_000, 1_000_000, 1280, 800, 5, 15);
    }

    /** Small sizes for tests: the same code paths in well under a second each. */
    public static BenchPlan quick() {
        return new BenchPlan(20_000, 5_000, 20_000, 320, 200, 1, 3);
    }
}

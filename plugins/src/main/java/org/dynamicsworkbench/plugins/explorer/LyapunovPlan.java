package org.dynamicsworkbench.plugins.explorer;

import org.dynamicsworkbench.analysis.lyapunov.LyapunovSettings;
import org.dynamicsworkbench.analysis.system.SystemKind;

/**
 * The explorer's default Lyapunov settings for a state, chosen to finish within a few seconds. Flows:
 * RK4 with dt = min(state dt, {@value #MAX_FLOW_DT}), averaged over {@value #FLOW_PERIODS} dominant periods
 * after a transient of a tenth of that, at most {@value #MAX_FLOW_STEPS} steps in all (the time shrinks to
 * fit). Maps: {@value #MAP_TRANSIENT} discarded and {@value #MAP_ITERATIONS} measured iterations.
 */
final class LyapunovPlan {
    static final double MAX_FLOW_DT = 0.01;
    static final int FLOW_PERIODS = 200;
    static final double TRANSIENT_FRACTION = 0.1;
    static final int MAX_FLOW_STEPS = 1_000_000;
    static final int MAP_TRANSIENT = 1_000;
    static final int MAP_ITERATIONS = 100_000;
    /** Periods of this many steps stand in for a flow whose catalog entry has no period. */
    private static final int STEPS_PER_UNKNOWN_PERIOD = 100;

    private LyapunovPlan() {
    }

    static LyapunovSettings settingsFor(ExplorerState state) {
        if (state.system().kind() == SystemKind.MAP) {
            return LyapunovSettings.map(MAP_TRANSIENT, MAP_ITERATIONS);
        }
        double dt = Math.min(state.dt(), MAX_FLOW_DT);
        double period = state.system().metadata().period();
        if (!(period > 0) || !Double.isFinite(period)) {
            period = STEPS_PER_UNKNOWN_PERIOD * state.dt();
        }
        double total = FLOW_PERIODS * period;
        double maxTotal = MAX_FLOW_STEPS * dt / (1 + TRANSIENT_FRACTION);
        total = Math.min(total, maxTotal);
        return LyapunovSettings.flow(dt, TRANSIENT_FRACTION * total, total);
    }
}

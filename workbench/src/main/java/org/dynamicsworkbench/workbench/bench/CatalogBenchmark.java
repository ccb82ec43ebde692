package org.dynamicsworkbench.workbench.bench;

import java.util.List;

import org.dynamicsworkbench.analysis.integrate.DystsSampling;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Every flow of the catalog, one after the other on one thread, for a number of periods at 100 points per
 * period ({@link DystsSampling}: RK4 at a step no larger than the catalog dt, from the catalog initial
 * condition): the total wall time of one pass over the catalog.
 */
public final class CatalogBenchmark {
    /** Points per period, as dysts' default. */
    public static final int POINTS_PER_PERIOD = 100;

    private static volatile double sink;

    private CatalogBenchmark() {
    }

    /** Periods per flow: 100 for the figures, 1 for a quick check. */
    public static int periods(BenchPlan plan) {
        return plan.rk4Steps() >= 1_000_000 ? 100 : 1;
    }

    /** One row: the median total time of a pass over every flow. */
    public static Timing allFlows(BenchPlan plan) {
        List<DynamicalSystem> flows = SystemCatalog.builtin().systems().stream()
                .filter(system -> system.kind() == SystemKind.FLOW).toList();
        int periods = periods(plan);
        int points = periods * POINTS_PER_PERIOD;
        String name = "catalog: " + flows.size() + " flows x " + periods + " periods at " + POINTS_PER_PERIOD
                + " points/period (RK4, step <= catalog dt)";
        return IntegrationBenchmark.measure(name, plan, () -> {
            double total = 0;
            for (DynamicalSystem flow : flows) {
                SystemMetadata metadata = flow.metadata();
                Trajectory t = DystsSampling.trajectory(flow, metadata.defaultParameters(),
                        metadata.initialCondition(), points, POINTS_PER_PERIOD, 0);
                total += t.get(t.length() - 1, 0);
            }
            sink = total;
        });
    }
}

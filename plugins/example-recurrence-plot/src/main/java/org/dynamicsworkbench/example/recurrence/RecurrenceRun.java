package org.dynamicsworkbench.example.recurrence;

import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * One recurrence analysis of a catalog system: integrate it (RK4 at the catalog's sampling step, or iterate
 * a map) from its initial condition for {@code 2 * steps} samples, drop the first half as transient, and
 * quantify the recurrences of the rest with the threshold {@code epsilon * diameter}, where the diameter
 * is the largest distance between two of the kept states.
 */
final class RecurrenceRun {
    private RecurrenceRun() {
    }

    /** The result of a run: the quantification and the absolute threshold it used. */
    record Outcome(RecurrenceQuantification quantification, double threshold, double diameter) {
    }

    static Outcome run(String systemName, double epsilon, int steps, ProgressListener progress, CancellationToken cancel) {
        DynamicalSystem system = SystemCatalog.builtin().require(systemName);
        SystemMetadata meta = system.metadata();
        Trajectory trajectory = IntegrationMethod.RK4.forSystem(system).integrate(system, meta.defaultParameters(),
                meta.initialCondition(), meta.defaultSamplingStep(), 2 * steps - 1,
                f -> progress.report(0.2 * f), cancel);
        int d = trajectory.dimension();
        double[] all = trajectory.toArray();
        double[] kept = new double[steps * d];
        System.arraycopy(all, (trajectory.length() - steps) * d, kept, 0, kept.length);
        double diameter = diameter(kept, d, cancel);
        double threshold = epsilon * diameter;
        RecurrenceQuantification q = RecurrenceQuantification.of(kept, d, threshold,
                f -> progress.report(0.3 + 0.7 * f), cancel);
        return new Outcome(q, threshold, diameter);
    }

    /** The largest Euclidean distance between two states. */
    static double diameter(double[] states, int d, CancellationToken cancel) {
        int n = states.length / d;
        double max2 = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) {
                cancel.throwIfCancelled();
            }
            for (int j = i + 1; j < n; j++) {
                double d2 = 0;
                for (int c = 0; c < d; c++) {
                    double diff = states[i * d + c] - states[j * d + c];
                    d2 += diff * diff;
                }
                max2 = Math.max(max2, d2);
            }
        }
        return Math.sqrt(max2);
    }
}

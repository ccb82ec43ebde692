package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.integrate.DystsSampling;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Rk4Integrator;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.TrajectoryWriter;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code integrate}: integrates (or iterates) a catalog system and writes the states to .npy (float64,
 * C order, shape (steps+1, dim)) or .csv. The output path is checked before integrating and written
 * atomically, so a failure leaves no file behind.
 */
@Command(name = "integrate", mixinStandardHelpOptions = true,
        description = "Integrates a catalog system and writes the trajectory to FILE.npy or FILE.csv.")
final class IntegrateCommand implements Callable<Integer> {
    static final List<String> EXTENSIONS = List.of(".npy", ".csv");

    @Spec
    CommandSpec spec;

    @Mixin
    SystemOptions options;

    @Option(names = "--method", paramLabel = "rk4|dop853", defaultValue = "rk4",
            description = "Integration method for flows (default: ${DEFAULT-VALUE}); maps are iterated; delay "
                    + "equations use RK4 on the delay grid and write the delay embedding.")
    String method;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file, .npy or .csv.")
    String out;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--points-per-period", paramLabel = "P",
            description = "dysts-style sampling: --steps+1 points spaced catalog period / P (instead of --dt), "
                    + "integrated at steps no larger than the catalog dt.")
    String pointsPerPeriod;

    @Option(names = "--transient-periods", paramLabel = "T", defaultValue = "0",
            description = "With --points-per-period: periods integrated and discarded first (default: ${DEFAULT-VALUE}).")
    String transientPeriods;

    @Override
    public Integer call() throws IOException {
        RunSpec run = options.resolve(SystemCatalog.builtin());
        IntegrationMethod integrationMethod = method(method);
        Path file = OutputFile.check("--out", out, EXTENSIONS);
        Trajectory trajectory = trajectory(run, integrationMethod);
        TrajectoryWriter.write(file, trajectory);
        PrintWriter stdout = spec.commandLine().getOut();
        String methodLabel = switch (run.system().kind()) {
            case MAP -> "map";
            case DELAY -> "delay-rk4";
            case FLOW -> integrationMethod.label();
        };
        if (json) {
            ObjectNode node = JsonOutput.object();
            node.put("system", run.system().name());
            node.put("kind", run.system().kind().label());
            node.put("method", methodLabel);
            node.set("parameters", JsonOutput.parameters(run));
            node.set("initialCondition", JsonOutput.numbers(run.initialCondition()));
            node.put("dt", trajectory.dt());
            node.put("steps", run.steps());
            node.putArray("shape").add(trajectory.length()).add(trajectory.dimension());
            node.set("finalState", JsonOutput.numbers(trajectory.lastState()));
            node.put("file", file.toString());
            JsonOutput.print(stdout, node);
        } else {
            stdout.printf(Locale.ROOT, "%s: %d states x %d (%s, dt %g, t %g..%g) written to %s%n",
                    run.system().name(), trajectory.length(), trajectory.dimension(), methodLabel, trajectory.dt(),
                    trajectory.t0(), trajectory.time(trajectory.length() - 1), file);
            stdout.flush();
        }
        return WorkbenchCli.OK;
    }

    /**
     * dysts-style sampling when --points-per-period is given. Without --dt, RK4 flows are sampled at the
     * default step (a hundredth of a period) but integrated at sub-steps no larger than the system's stable
     * RK4 step, since a hundredth of a period is too coarse for stiff systems; an explicit --dt is the RK4
     * step itself.
     */
    private Trajectory trajectory(RunSpec run, IntegrationMethod integrationMethod) {
        DynamicalSystem system = run.system();
        if (pointsPerPeriod != null) {
            if (options.dtGiven()) {
                throw new InputException("--dt", "give either --dt or --points-per-period, not both");
            }
            if (system.kind() == SystemKind.MAP) {
                throw new InputException("--points-per-period " + pointsPerPeriod,
                        system.name() + " is a map: it has no period to sample by");
            }
            double perPeriod = NumberArguments.positive(pointsPerPeriod, "--points-per-period " + pointsPerPeriod);
            double discardedPeriods = NumberArguments.nonNegative(transientPeriods, "--transient-periods " + transientPeriods);
            return DystsSampling.trajectory(system, run.parameters(), run.initialCondition(), run.steps() + 1,
                    perPeriod, discardedPeriods);
        }
        if (system.kind() == SystemKind.FLOW && integrationMethod == IntegrationMethod.RK4 && !options.dtGiven()) {
            int substeps = DystsSampling.substeps(run.dt(), system.metadata().rk4Step());
            return new Rk4Integrator().integrate(system, run.parameters(), run.initialCondition(), run.dt(),
                    run.steps(), substeps, ProgressListener.NONE, CancellationToken.NEVER);
        }
        return integrationMethod.forSystem(system)
                .integrate(system, run.parameters(), run.initialCondition(), run.dt(), run.steps());
    }

    static IntegrationMethod method(String text) {
        try {
            return IntegrationMethod.fromLabel(text);
        } catch (IllegalArgumentException e) {
            throw new InputException("--method " + text, "unknown method (use rk4 or dop853)", e);
        }
    }
}

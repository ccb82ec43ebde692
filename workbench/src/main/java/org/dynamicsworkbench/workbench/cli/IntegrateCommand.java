package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.TrajectoryWriter;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
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

    @Override
    public Integer call() throws IOException {
        RunSpec run = options.resolve(SystemCatalog.builtin());
        IntegrationMethod integrationMethod = method(method);
        Path file = OutputFile.check("--out", out, EXTENSIONS);
        Trajectory trajectory = integrationMethod.forSystem(run.system())
                .integrate(run.system(), run.parameters(), run.initialCondition(), run.dt(), run.steps());
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

    static IntegrationMethod method(String text) {
        try {
            return IntegrationMethod.fromLabel(text);
        } catch (IllegalArgumentException e) {
            throw new InputException("--method " + text, "unknown method (use rk4 or dop853)", e);
        }
    }
}

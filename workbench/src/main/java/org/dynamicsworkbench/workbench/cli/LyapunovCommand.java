package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovResult;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSettings;
import org.dynamicsworkbench.analysis.lyapunov.DelayLyapunov;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSpectrum;
import org.dynamicsworkbench.analysis.system.delay.DelayEquation;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lyapunov}: the Lyapunov spectrum (Benettin/QR) and the Kaplan-Yorke dimension of a catalog system. */
@Command(name = "lyapunov", mixinStandardHelpOptions = true,
        description = {"Computes the Lyapunov spectrum (Benettin/QR method) and the Kaplan-Yorke dimension.",
                "--steps counts the measured steps; --transient steps are integrated first and discarded.",
                "Delay equations: the largest exponent only, from the variational delay equation."})
final class LyapunovCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SystemOptions options;

    @Option(names = "--transient", paramLabel = "N", defaultValue = "1000",
            description = "Steps integrated and discarded before measuring (default: ${DEFAULT-VALUE}).")
    String transientSteps;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        RunSpec run = stableDefaults(options.resolve(SystemCatalog.builtin()));
        int discarded = NumberArguments.integer(transientSteps, "--transient " + transientSteps, 0,
                SystemOptions.MAX_STEPS);
        LyapunovSettings settings = run.system().kind() == SystemKind.MAP
                ? LyapunovSettings.map(discarded, run.steps())
                : LyapunovSettings.flow(run.dt(), discarded * run.dt(), run.steps() * run.dt());
        boolean delay = run.system() instanceof DelayEquation;
        LyapunovResult result = delay
                ? DelayLyapunov.largest((DelayEquation) run.system(), run.parameters(), run.initialCondition()[0],
                        settings, ProgressListener.NONE, CancellationToken.NEVER)
                : LyapunovSpectrum.compute(run.system(), run.parameters(), run.initialCondition(), settings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOutput.object();
            node.put("system", run.system().name());
            node.put("kind", run.system().kind().label());
            node.set("parameters", JsonOutput.parameters(run));
            node.set("initialCondition", JsonOutput.numbers(run.initialCondition()));
            node.put("dt", run.dt());
            node.put("steps", run.steps());
            node.put("transientSteps", discarded);
            node.put("totalTime", result.totalTime());
            node.set("exponents", JsonOutput.numbers(result.exponents()));
            JsonOutput.putNumber(node, "sum", result.sum());
            JsonOutput.putNumber(node, "kaplanYorkeDimension", result.kaplanYorkeDimension());
            JsonOutput.print(out, node);
        } else {
            StringBuilder exponents = new StringBuilder();
            for (double e : result.exponents()) {
                exponents.append(exponents.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", e));
            }
            String sampling = run.system().kind() == SystemKind.MAP
                    ? String.format(Locale.ROOT, "%d iterations after %d discarded", run.steps(), discarded)
                    : String.format(Locale.ROOT, "dt %g, %d steps after %d discarded", run.dt(), run.steps(), discarded);
            if (delay) {
                out.printf(Locale.ROOT, "%s: largest Lyapunov exponent %s (delay equation: variational equation, "
                        + "history %g, %s)%n", run.system().name(), exponents, run.initialCondition()[0], sampling);
            } else {
                out.printf(Locale.ROOT, "%s: Lyapunov spectrum [%s] (sum %.4f), Kaplan-Yorke dimension %.4f (%s)%n",
                        run.system().name(), exponents, result.sum(), result.kaplanYorkeDimension(), sampling);
            }
            out.flush();
        }
        return WorkbenchCli.OK;
    }

    /** Flows without --dt step at the system's stable RK4 step, and without --steps run for 200 periods. */
    private RunSpec stableDefaults(RunSpec run) {
        if (run.system().kind() != SystemKind.FLOW) {
            return run;
        }
        double dt = options.dtGiven() ? run.dt() : run.system().metadata().rk4Step();
        int steps = run.steps();
        double period = run.system().metadata().period();
        if (!options.stepsGiven() && period > 0 && Double.isFinite(period)) {
            steps = (int) Math.min(SystemOptions.MAX_STEPS, Math.ceil(DEFAULT_PERIODS * period / dt));
        }
        return new RunSpec(run.system(), run.parameters(), run.initialCondition(), dt, steps);
    }

    /** Length of a default flow run, in catalog periods. */
    static final int DEFAULT_PERIODS = 200;
}

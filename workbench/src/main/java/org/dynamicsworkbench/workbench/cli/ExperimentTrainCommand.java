package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRunner;
import org.dynamicsworkbench.analysis.learning.run.RunListener;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code train <experiment> [--preset P] [--<field> value ...] [--steps N] --out RUN}: trains one
 * training-dynamics experiment into a new run folder, with a progress line per checkpoint on stderr and the
 * run's headline results on stdout. A diverging run keeps its checkpoints and exits with code 2.
 */
@Command(mixinStandardHelpOptions = true)
final class ExperimentTrainCommand implements Callable<Integer> {
    private final ExperimentKind<?> kind;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "RUN", description = "The new run folder.")
    String out;

    @Unmatched
    List<String> options = new ArrayList<>();

    ExperimentTrainCommand(ExperimentKind<?> kind) {
        this.kind = kind;
    }

    @Override
    public Integer call() throws IOException {
        return trainTyped(kind);
    }

    private <C extends ExperimentConfig> int trainTyped(ExperimentKind<C> k) throws IOException {
        ExperimentOptions parsed = ExperimentOptions.parse(options);
        String preset = parsed.preset(k);
        C config = parsed.config(k, preset);
        RunPlan plan = parsed.plan(k, preset, config);
        Path dir = Path.of(out);
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        RunOutcome outcome = ExperimentRunner.start(dir, k, config, plan, progressPrinter(err, plan, start),
                ProgressListener.NONE, CancellationToken.NEVER);
        return report(dir, outcome, spec.commandLine().getOut(), start);
    }

    /** Prints one line per checkpoint: step, a few scalars, elapsed time and ETA. */
    static RunListener progressPrinter(PrintWriter err, RunPlan plan, long startNanos) {
        return new RunListener() {
            private Map<String, Double> latest = Map.of();
            private long firstStep = -1;

            @Override
            public void scalarsLogged(long step, Map<String, Double> values) {
                latest = values;
                if (firstStep < 0) {
                    firstStep = step;
                }
            }

            @Override
            public void checkpointWritten(long step) {
                double seconds = (System.nanoTime() - startNanos) / 1e9;
                double perStep = step > firstStep ? seconds / (step - firstStep) : 0;
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "step %d/%d", step, plan.steps()));
                int shown = 0;
                for (Map.Entry<String, Double> e : latest.entrySet()) {
                    if (shown++ == 4) {
                        break;
                    }
                    line.append(String.format(Locale.ROOT, "  %s %.4g", e.getKey(), e.getValue()));
                }
                line.append(String.format(Locale.ROOT, "  (%.1f s, ETA %.0f s)", seconds,
                        perStep * (plan.steps() - step)));
                err.println(line);
                err.flush();
            }
        };
    }

    /** Prints the outcome and the kind's summary; returns the exit code. */
    static int report(Path dir, RunOutcome outcome, PrintWriter out, long startNanos) throws IOException {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (outcome.status() == RunStatus.FAILED) {
            throw new InputException(dir.toString(), outcome.message() + " (checkpoints up to the last good step "
                    + "are kept)");
        }
        ExperimentRun run = ExperimentRun.open(dir);
        out.println(String.format(Locale.ROOT, "%s: %s at step %d (backend %s, %.1f s)", dir,
                outcome.status().label(), outcome.step(), run.manifest().backend(), seconds));
        out.println("  " + summaryLine(ExperimentAnalysis.summary(run)));
        out.flush();
        return WorkbenchCli.OK;
    }

    static String summaryLine(ObjectNode summary) {
        StringBuilder b = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> it = summary.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isContainerNode()) {
                continue;
            }
            if (b.length() > 0) {
                b.append("  ");
            }
            JsonNode v = e.getValue();
            b.append(e.getKey()).append(' ').append(v.isNull() ? "never" : v.isFloatingPointNumber()
                    ? String.format(Locale.ROOT, "%.4g", v.asDouble()) : v.asText());
        }
        return b.toString();
    }
}

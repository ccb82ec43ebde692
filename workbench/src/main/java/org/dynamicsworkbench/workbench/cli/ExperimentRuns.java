package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRunner;
import org.dynamicsworkbench.analysis.learning.run.RunManifest;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/** Telling experiment runs from AL-RNN runs, and resuming experiment runs from the command line. */
final class ExperimentRuns {
    private static final long SNIFF_BYTES = 1 << 16;

    private ExperimentRuns() {
    }

    /** Whether {@code dir}'s run.json declares the experiment-run format (anything else goes the AL-RNN way). */
    static boolean isExperimentRun(Path dir) throws IOException {
        Path manifest = dir.resolve(ExperimentRun.MANIFEST);
        if (!Files.isRegularFile(manifest) || Files.size(manifest) > SNIFF_BYTES) {
            return false;
        }
        return Files.readString(manifest, StandardCharsets.UTF_8).contains("\"" + RunManifest.FORMAT + "\"");
    }

    /** Continues the run to the end of its plan, progress on {@code err}, the outcome on {@code out}. */
    static int resume(Path dir, PrintWriter err, PrintWriter out) throws IOException {
        ExperimentRun run = ExperimentRun.open(dir);
        if (run.manifest().status() == RunStatus.FINISHED) {
            out.println(dir + ": already finished (" + run.manifest().plan().steps() + " steps)");
            return WorkbenchCli.OK;
        }
        long start = System.nanoTime();
        RunOutcome outcome = ExperimentRunner.resume(dir, ExperimentKinds.builtin(), 0,
                ExperimentTrainCommand.progressPrinter(err, run.manifest().plan(), start), ProgressListener.NONE,
                CancellationToken.NEVER);
        return ExperimentTrainCommand.report(dir, outcome, out, start);
    }
}

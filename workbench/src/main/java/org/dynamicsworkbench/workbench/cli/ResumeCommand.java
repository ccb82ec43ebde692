package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dynamicsworkbench.analysis.alrnn.run.AlRnnRun;
import org.dynamicsworkbench.analysis.alrnn.run.Checkpoint;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.run.RunStatus;
import org.dynamicsworkbench.analysis.alrnn.train.DivergedTrainingException;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume RUN_DIR}: continues an experiment run or an AL-RNN run from its last checkpoint; the result is exactly that of an
 * uninterrupted run. A finished run is reported as such; a foreign or newer run folder is refused.
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continues a training run from its last checkpoint.")
final class ResumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The run folder.")
    String dir;

    @Override
    public Integer call() throws IOException {
        if (ExperimentRuns.isExperimentRun(Path.of(dir))) {
            return ExperimentRuns.resume(Path.of(dir), spec.commandLine().getErr(), spec.commandLine().getOut());
        }
        RunDirectory run = RunDirectory.open(Path.of(dir));
        if (run.manifest().status() == RunStatus.FINISHED) {
            spec.commandLine().getOut().println(dir + ": already finished (" + run.manifest().config().epochs()
                    + " epochs)");
            return WorkbenchCli.OK;
        }
        return trainAndReport(run, spec.commandLine().getErr(), spec.commandLine().getOut());
    }

    /** Trains to the end, progress on {@code err}, a summary line on {@code out}. */
    static int trainAndReport(RunDirectory run, PrintWriter err, PrintWriter out) throws IOException {
        long start = System.nanoTime();
        int[] first = {-1};
        try {
            AlRnnRun.train(run, Integer.MAX_VALUE, (record, total) -> {
                if (first[0] < 0) {
                    first[0] = record.epoch() - 1;
                }
                if (record.isCheckpoint()) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double perEpoch = seconds / Math.max(1, record.epoch() - first[0]);
                    err.println(TrainCommand.progressLine(record, total, perEpoch * record.epoch()));
                    err.flush();
                }
            }, CancellationToken.NEVER);
        } catch (DivergedTrainingException e) {
            java.util.Optional<Checkpoint> kept = run.latestCheckpoint();
            throw new InputException(run.path().toString(), e.getMessage() + (kept.isPresent()
                    ? "; the run keeps its last good checkpoint (epoch " + kept.get().epoch() + ")"
                    : "; it diverged before its first checkpoint, so there is none to keep"), e);
        }
        Checkpoint best = run.bestCheckpoint().orElseThrow();
        out.printf(Locale.ROOT, "%s: finished %d epochs in %.1f s; best checkpoint epoch %d (D_stsp %.4g)%n",
                run.path(), run.manifest().config().epochs(), (System.nanoTime() - start) / 1e9, best.epoch(),
                best.record().evaluation().stateSpaceDivergence());
        out.flush();
        return WorkbenchCli.OK;
    }
}

package org.dynamicsworkbench.analysis.learning.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.DivergedException;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * Trains an experiment into its run folder: logs cheap scalars every {@code plan.cheapEvery()} steps and the
 * expensive ones every {@code plan.fullEvery()}, writes checkpoints on the plan's schedule, and stops cleanly:
 * on cancel it writes a checkpoint at the current step (status cancelled, resumable); on divergence it keeps
 * every checkpoint already written and records why (status failed). A run killed outright resumes from its
 * newest checkpoint with the same results it would have had.
 */
public final class ExperimentRunner {
    private static final int CANCEL_POLL_STEPS = 1;

    private ExperimentRunner() {
    }

    /** Creates the run folder {@code dir} and trains a fresh experiment in it. */
    public static <C extends ExperimentConfig> RunOutcome start(Path dir, ExperimentKind<C> kind, C config,
                                                               RunPlan plan, RunListener listener,
                                                               ProgressListener progress, CancellationToken cancel)
            throws IOException {
        Experiment experiment = kind.create(config);
        ExperimentRun run = ExperimentRun.create(dir, new RunManifest(kind.name(), config.toJson(), plan,
                experiment.backend(), RunStatus.RUNNING, ""));
        return train(run, experiment, plan, listener, progress, cancel, true);
    }

    /**
     * Continues the run in {@code dir} from its newest checkpoint (up to {@code plan.steps()} of its
     * run.json, or {@code extendTo} steps when positive).
     */
    public static RunOutcome resume(Path dir, ExperimentKinds kinds, long extendTo, RunListener listener,
                                    ProgressListener progress, CancellationToken cancel) throws IOException {
        ExperimentRun run = ExperimentRun.open(dir);
        ExperimentKind<?> kind;
        try {
            kind = kinds.byName(run.manifest().kind());
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(dir.resolve(ExperimentRun.MANIFEST), e.getMessage());
        }
        return resumeTyped(run, kind, extendTo, listener, progress, cancel);
    }

    private static <C extends ExperimentConfig> RunOutcome resumeTyped(ExperimentRun run, ExperimentKind<C> kind,
                                                                       long extendTo, RunListener listener,
                                                                       ProgressListener progress,
                                                                       CancellationToken cancel) throws IOException {
        Path manifestFile = run.path().resolve(ExperimentRun.MANIFEST);
        C config;
        try {
            config = kind.parseConfig(run.manifest().config());
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(manifestFile, "config." + e.getMessage());
        }
        long[] steps = run.checkpointSteps();
        if (steps.length == 0) {
            throw new RunFormatException(run.path(), "has no checkpoint to resume from");
        }
        long last = steps[steps.length - 1];
        if (!run.isResumable(last)) {
            throw new RunFormatException(run.path(), "newest checkpoint (step " + last + ") has no optimiser state");
        }
        RunPlan plan = run.manifest().plan();
        if (extendTo > 0) {
            if (extendTo < last) {
                throw new RunFormatException(run.path(), "cannot shorten the run to " + extendTo
                        + " steps: it already has a checkpoint at step " + last);
            }
            plan = plan.withSteps(extendTo);
            run.setPlan(plan);
        }
        Experiment experiment;
        try {
            experiment = kind.restore(config, run.readCheckpoint(last));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(run.path(), "checkpoint at step " + last + ": " + e.getMessage());
        }
        run.truncateMetricsAfter(last);
        run.setStatus(RunStatus.RUNNING, "");
        return train(run, experiment, plan, listener, progress, cancel, false);
    }

    private static RunOutcome train(ExperimentRun run, Experiment experiment, RunPlan plan, RunListener listener,
                                    ProgressListener progress, CancellationToken cancel, boolean fresh)
            throws IOException {
        long[] schedule = plan.checkpoints().steps(plan.steps());
        long start = experiment.step();
        if (fresh) {
            log(run, experiment, plan, listener);
            checkpoint(run, experiment, listener);
        }
        try {
            while (experiment.step() < plan.steps()) {
                if (experiment.step() % CANCEL_POLL_STEPS == 0 && cancel.isCancelled()) {
                    throw new CancelledException();
                }
                experiment.advance();
                long step = experiment.step();
                if (plan.logsCheap(step)) {
                    log(run, experiment, plan, listener);
                }
                if (Arrays.binarySearch(schedule, step) >= 0) {
                    checkpoint(run, experiment, listener);
                }
                progress.report((step - start) / (double) Math.max(1, plan.steps() - start));
            }
        } catch (CancelledException e) {
            long[] written = run.checkpointSteps();
            if (written.length == 0 || written[written.length - 1] != experiment.step()) {
                checkpoint(run, experiment, listener);
            }
            run.truncateMetricsAfter(experiment.step());
            run.setStatus(RunStatus.CANCELLED, "cancelled at step " + experiment.step());
            return new RunOutcome(RunStatus.CANCELLED, experiment.step(), "cancelled at step " + experiment.step());
        } catch (DivergedException e) {
            run.setStatus(RunStatus.FAILED, e.getMessage());
            return new RunOutcome(RunStatus.FAILED, e.step(), e.getMessage());
        }
        run.setStatus(RunStatus.FINISHED, "");
        return new RunOutcome(RunStatus.FINISHED, experiment.step(), "");
    }

    private static void log(ExperimentRun run, Experiment experiment, RunPlan plan, RunListener listener)
            throws IOException {
        long step = experiment.step();
        Map<String, Double> values = new LinkedHashMap<>();
        experiment.cheapScalars(values::put);
        if (plan.logsFull(step)) {
            experiment.fullScalars(values::put);
        }
        run.appendScalars(step, values);
        listener.scalarsLogged(step, values);
    }

    private static void checkpoint(ExperimentRun run, Experiment experiment, RunListener listener)
            throws IOException {
        Checkpoint c = experiment.checkpoint();
        if (c.step() != experiment.step()) {
            throw new IllegalStateException("experiment checkpoint says step " + c.step() + " at step "
                    + experiment.step());
        }
        run.writeCheckpoint(c);
        listener.checkpointWritten(c.step());
    }
}

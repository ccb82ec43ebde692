package org.dynamicsworkbench.plugins.lazyrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichKind;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunFormatException;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.runs.LiveTraining;
import org.dynamicsworkbench.plugins.runs.RunReading;

/**
 * Brings the run of a setup into its folder (toolkit-free; the view model runs it as a background task): an empty or
 * missing folder is trained from scratch, a finished (or failed) run of the same setup is reused as it is, and a
 * cancelled or interrupted one is resumed from its newest checkpoint. Live readings go to a consumer as scalars are
 * logged and checkpoints written, coalesced as {@link LiveTraining} does.
 */
final class LazyRichTraining {
    private static final LazyRichKind KIND = new LazyRichKind();
    private static final ExperimentKinds KINDS = ExperimentKinds.of(List.<ExperimentKind<?>>of(KIND));

    /** How the run came to be in its folder. */
    enum Source {
        TRAINED, RESUMED, REUSED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What {@link #trainOrReuse} did: how, and where the run stands. */
    record Outcome(Source source, RunOutcome run) {
    }

    private LazyRichTraining() {
    }

    /**
     * Trains, resumes or reuses the run of {@code setup} in {@code dir} (see the class comment). {@code exclusive} is
     * held while training, so runs started one after the other by a tool wait for the previous one to stop (its
     * cancel writes a checkpoint first); waiting polls {@code cancel}.
     *
     * @throws IOException       when {@code dir} holds another run (another kind, config or length), or writing fails
     * @throws CancelledException when cancelled before training began
     */
    static Outcome trainOrReuse(Path dir, LazyRichSetup setup, Lock exclusive, Executor ui, Consumer<LazyRichRun> live,
                                ProgressListener progress, CancellationToken cancel) throws IOException {
        acquire(exclusive, cancel);
        try {
            LazyRichConfig config = setup.config();
            if (Files.isRegularFile(dir.resolve(ExperimentRun.MANIFEST))) {
                ExperimentRun existing = ExperimentRun.open(dir);
                requireSameRun(dir, existing, setup);
                RunStatus status = existing.manifest().status();
                if (status == RunStatus.FINISHED || status == RunStatus.FAILED) {
                    progress.report(1);
                    return new Outcome(Source.REUSED, new RunOutcome(status, existing.history().lastStep(),
                            existing.manifest().message()));
                }
                RunReading earlier = new RunReading(dir.toAbsolutePath().normalize(), existing.manifest(),
                        existing.history(), existing.checkpointSteps());
                return new Outcome(Source.RESUMED, LiveTraining.resume(earlier, KINDS, ui, lazyRich(live), progress,
                        cancel));
            }
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new Outcome(Source.TRAINED, LiveTraining.train(dir, KIND, config, setup.steps(), ui, lazyRich(live),
                    progress, cancel));
        } finally {
            exclusive.unlock();
        }
    }

    private static void acquire(Lock lock, CancellationToken cancel) {
        try {
            while (!lock.tryLock(50, TimeUnit.MILLISECONDS)) {
                cancel.throwIfCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        if (cancel.isCancelled()) {
            lock.unlock();
            throw new CancelledException();
        }
    }

    /** @throws RunFormatException unless {@code run} is a lazy-rich run of {@code setup}'s config and length */
    private static void requireSameRun(Path dir, ExperimentRun run, LazyRichSetup setup) throws RunFormatException {
        if (!LazyRichKind.NAME.equals(run.manifest().kind())) {
            throw new RunFormatException(dir, "holds a '" + run.manifest().kind() + "' run, not the lazy-rich run "
                    + setup.folderName());
        }
        LazyRichConfig stored;
        try {
            stored = KIND.parseConfig(run.manifest().config());
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(dir.resolve(ExperimentRun.MANIFEST), "config." + e.getMessage());
        }
        if (!stored.equals(setup.config()) || run.manifest().plan().steps() != setup.steps()) {
            throw new RunFormatException(dir, "holds another run (" + new LazyRichSetup(stored,
                    run.manifest().plan().steps()).folderName() + "), not " + setup.folderName()
                    + "; move it away to train this setup here");
        }
    }

    /** Hands live readings on as lazy-rich runs (on {@code ui}, where they are delivered). */
    private static Consumer<RunReading> lazyRich(Consumer<LazyRichRun> live) {
        return reading -> live.accept(new LazyRichRun(reading));
    }
}

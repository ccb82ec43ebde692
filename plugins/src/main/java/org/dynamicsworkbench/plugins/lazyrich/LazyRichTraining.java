package org.dynamicsworkbench.plugins.lazyrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichKind;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRunner;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunFormatException;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunListener;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * Brings the run of a setup into its folder (toolkit-free; the view model runs it as a background task): an empty or
 * missing folder is trained from scratch, a finished (or failed) run of the same setup is reused as it is, and a
 * cancelled or interrupted one is resumed from its newest checkpoint. Live readings go to a consumer as scalars are
 * logged and checkpoints written: the training thread only collects, and at most one hand-over waits on {@code ui}
 * at a time, so a fast run never floods the FX queue.
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
                long[] steps = existing.checkpointSteps();
                long resumeFrom = steps.length == 0 ? -1 : steps[steps.length - 1];
                LiveListener listener = new LiveListener(dir, ui, live, existing.history(), resumeFrom,
                        Arrays.copyOf(steps, steps.length));
                return new Outcome(Source.RESUMED, ExperimentRunner.resume(dir, KINDS,
                        0, listener, progress, cancel));
            }
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            RunPlan plan = KIND.defaultPlan(config).withSteps(setup.steps());
            LiveListener listener = new LiveListener(dir, ui, live, RunHistory.empty(), -1, new long[0]);
            return new Outcome(Source.TRAINED, ExperimentRunner.start(dir, KIND, config, plan, listener, progress, cancel));
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

    /** Collects what the runner writes and hands coalesced readings to the UI. */
    static final class LiveListener implements RunListener {
        private final Path dir;
        private final Executor ui;
        private final Consumer<LazyRichRun> live;
        private final RunHistory.Builder history = new RunHistory.Builder();
        private final AtomicBoolean queued = new AtomicBoolean();
        private long[] steps;
        private LazyRichRun base;

        /**
         * @param before   the history of a run being resumed (empty for a new run); only values up to
         *                 {@code upTo} are kept, as the runner logs the later ones again
         * @param upTo     the step training resumes from (-1 for a new run)
         * @param steps    the checkpoint steps already written
         */
        LiveListener(Path dir, Executor ui, Consumer<LazyRichRun> live, RunHistory before, long upTo, long[] steps) {
            this.dir = Objects.requireNonNull(dir, "dir");
            this.ui = Objects.requireNonNull(ui, "ui");
            this.live = Objects.requireNonNull(live, "live");
            this.steps = steps.clone();
            for (String name : before.names()) {
                MetricSeries s = before.series(name);
                for (int i = 0; i < s.size() && s.step(i) <= upTo; i++) {
                    history.add(s.step(i), name, s.value(i));
                }
            }
        }

        @Override
        public void scalarsLogged(long step, Map<String, Double> values) {
            values.forEach((name, value) -> history.add(step, name, value));
            publish();
        }

        @Override
        public void checkpointWritten(long step) {
            if (steps.length == 0 || step > steps[steps.length - 1]) {
                steps = Arrays.copyOf(steps, steps.length + 1);
                steps[steps.length - 1] = step;
            }
            publish();
        }

        /** Builds a reading only when none waits on the UI (the final one is read from the folder afterwards). */
        private void publish() {
            if (queued.get()) {
                return;
            }
            if (base == null) {
                try {
                    base = new LazyRichRun(dir.toAbsolutePath().normalize(), ExperimentRun.open(dir).manifest(),
                            RunHistory.empty(), new long[0]);
                } catch (IOException e) {
                    return; // run.json not readable yet: the next call tries again; the run goes on
                }
            }
            LazyRichRun reading = base.grown(history.build(), steps);
            queued.set(true);
            ui.execute(() -> {
                queued.set(false);
                live.accept(reading);
            });
        }
    }
}

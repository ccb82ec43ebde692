package org.dynamicsworkbench.plugins.runs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRunner;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunListener;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * Trains one run of an experiment kind into a new folder, or resumes a stopped one (toolkit-free; a view model runs
 * it as a background task), and hands live readings to a consumer as scalars are logged and checkpoints written. The
 * training thread only collects; at most one hand-over waits on {@code ui} at a time and it delivers the newest
 * reading, so a fast run never floods the FX queue.
 */
public final class LiveTraining {
    private LiveTraining() {
    }

    /**
     * The registered kind called {@code name}.
     *
     * @throws IllegalStateException "this build has no 'NAME' experiment: ..." when {@code kinds} has none
     */
    public static ExperimentKind<?> kind(ExperimentKinds kinds, String name) {
        try {
            return kinds.byName(name);
        } catch (RuntimeException e) {
            throw new IllegalStateException("this build has no '" + name + "' experiment: " + e.getMessage(), e);
        }
    }

    /**
     * Creates {@code dir} and trains {@code config} (the kind's JSON) for {@code steps} steps under the kind's
     * default logging and checkpoint plan.
     *
     * @throws IOException when the folder cannot be created or written
     * @throws org.dynamicsworkbench.analysis.learning.ConfigException when the configuration is invalid
     */
    public static RunOutcome train(Path dir, ExperimentKind<?> kind, ObjectNode config, long steps, Executor ui,
                                   Consumer<RunReading> live, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        return typed(dir, kind, config, steps, ui, live, progress, cancel);
    }

    private static <C extends ExperimentConfig> RunOutcome typed(Path dir, ExperimentKind<C> kind, ObjectNode json,
                                                               long steps, Executor ui, Consumer<RunReading> live,
                                                               ProgressListener progress, CancellationToken cancel)
            throws IOException {
        return train(dir, kind, kind.parseConfig(json), steps, ui, live, progress, cancel);
    }

    /**
     * Creates {@code dir} and trains {@code config} for {@code steps} steps under the kind's default logging and
     * checkpoint plan.
     *
     * @throws IOException when the folder cannot be created or written
     */
    public static <C extends ExperimentConfig> RunOutcome train(Path dir, ExperimentKind<C> kind, C config, long steps,
                                                                Executor ui, Consumer<RunReading> live,
                                                                ProgressListener progress, CancellationToken cancel)
            throws IOException {
        RunPlan plan = kind.defaultPlan(config).withSteps(steps);
        return ExperimentRunner.start(dir, kind, config, plan, new Listener(dir, ui, live, RunHistory.empty(), -1,
                new long[0]), progress, cancel);
    }

    /**
     * Continues the run {@code earlier} shows (a cancelled or interrupted one, of a kind in {@code kinds}) from its
     * newest checkpoint to the length its run.json names. Live readings grow from {@code earlier}: its values up to
     * that checkpoint (the runner logs the later steps again) and its checkpoint steps.
     *
     * @throws IOException when the run cannot be read or written
     */
    public static RunOutcome resume(RunReading earlier, ExperimentKinds kinds, Executor ui, Consumer<RunReading> live,
                                    ProgressListener progress, CancellationToken cancel) throws IOException {
        long[] steps = earlier.checkpointSteps();
        long resumeFrom = steps.length == 0 ? -1 : steps[steps.length - 1];
        Listener listener = new Listener(earlier.folder(), ui, live, earlier.history(), resumeFrom, steps);
        return ExperimentRunner.resume(earlier.folder(), kinds, 0, listener, progress, cancel);
    }

    /** Collects what the runner writes and hands coalesced readings to the UI. */
    private static final class Listener implements RunListener {
        private final Path dir;
        private final Executor ui;
        private final Consumer<RunReading> live;
        private final RunHistory.Builder history = new RunHistory.Builder();
        private final AtomicBoolean queued = new AtomicBoolean();
        private long[] steps;
        private RunReading base;
        private volatile RunReading latest;

        /**
         * @param before the history of a run being resumed (empty for a new run); only values up to {@code upTo}
         *               are kept, as the runner logs the later ones again
         * @param upTo   the step training resumes from (-1 for a new run)
         * @param steps  the checkpoint steps already written
         */
        Listener(Path dir, Executor ui, Consumer<RunReading> live, RunHistory before, long upTo, long[] steps) {
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

        private void publish() {
            if (base == null) {
                try {
                    base = new RunReading(dir.toAbsolutePath().normalize(), ExperimentRun.open(dir).manifest(),
                            RunHistory.empty(), new long[0]);
                } catch (IOException e) {
                    return; // run.json not readable yet: the next call tries again; the run goes on
                }
            }
            latest = base.grown(history.build(), steps);
            if (queued.compareAndSet(false, true)) {
                ui.execute(() -> {
                    queued.set(false);
                    live.accept(latest);
                });
            }
        }
    }
}

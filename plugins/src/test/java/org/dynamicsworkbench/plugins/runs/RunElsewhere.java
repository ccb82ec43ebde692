package org.dynamicsworkbench.plugins.runs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRunner;
import org.dynamicsworkbench.analysis.learning.run.RunListener;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * Trains a real run on a thread of its own, as a task a closed tool detached from (or a command-line {@code train}
 * in another process) would, pausing after each checkpoint so that a tool showing the folder sees it grow.
 */
public final class RunElsewhere implements AutoCloseable {
    private final Path dir;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();

    private RunElsewhere(Path dir) {
        this.dir = dir;
    }

    /** Starts training {@code config} (the kind's JSON) under {@code plan} into the new folder {@code dir}. */
    public static RunElsewhere start(Path dir, ExperimentKind<?> kind, ObjectNode config, RunPlan plan,
                                     long pauseMillis) {
        RunElsewhere run = new RunElsewhere(dir);
        Thread t = new Thread(() -> {
            try {
                run.outcome.complete(train(dir, kind, config, plan, pauseMillis, run.cancelled));
            } catch (Throwable e) {
                run.outcome.completeExceptionally(e);
            }
        }, "run-elsewhere");
        t.setDaemon(true);
        t.start();
        return run;
    }

    private static <C extends ExperimentConfig> RunOutcome train(Path dir, ExperimentKind<C> kind, ObjectNode json,
                                                               RunPlan plan, long pauseMillis,
                                                               AtomicBoolean cancelled) throws IOException {
        RunListener pausing = new RunListener() {
            @Override
            public void checkpointWritten(long step) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        return ExperimentRunner.start(dir, kind, kind.parseConfig(json), plan, pausing, ProgressListener.NONE,
                cancelled::get);
    }

    /** Waits until the folder holds at least {@code count} checkpoints. */
    public void awaitCheckpoints(int count) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            if (outcome.isCompletedExceptionally()) {
                outcome.get();
            }
            try {
                if (ExperimentRun.open(dir).checkpointSteps().length >= count) {
                    return;
                }
            } catch (IOException e) {
                // not created yet
            }
            Thread.sleep(10);
        }
        throw new AssertionError(dir + " never reached " + count + " checkpoints");
    }

    public boolean isDone() {
        return outcome.isDone();
    }

    /** How the run ended (waits for it). */
    public RunOutcome outcome() throws Exception {
        return outcome.get(60, TimeUnit.SECONDS);
    }

    /** Cancels the run and waits for it to stop. */
    @Override
    public void close() throws Exception {
        cancelled.set(true);
        try {
            outcome.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // the test already saw it, or does not care once it is over
        }
    }
}

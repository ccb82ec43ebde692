package org.dynamicsworkbench.plugins.runs;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;

/**
 * An "FX thread" for tests whose work arrives from other threads (a follower's clock): what is handed over waits
 * here until the test's thread runs it, with the pending background tasks, in {@link #pumpUntil}.
 */
public final class QueuedUi implements Executor {
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs what was handed over so far, on the calling thread. */
    public void drain() {
        for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
            r.run();
        }
    }

    /**
     * Runs handed-over work and pending tasks on this thread until {@code done} holds.
     *
     * @throws AssertionError when it does not within {@code timeout}
     */
    public void pumpUntil(ControllableTasks tasks, BooleanSupplier done, Duration timeout, String what)
            throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            drain();
            tasks.runPending();
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}

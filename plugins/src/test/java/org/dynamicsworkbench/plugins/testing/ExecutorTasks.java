package org.dynamicsworkbench.plugins.testing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.plugins.spi.BackgroundTasks;
import org.dynamicsworkbench.plugins.spi.Computation;
import org.dynamicsworkbench.plugins.spi.TaskHandle;

/** A real {@link BackgroundTasks} for display tests: two worker threads, callbacks on the FX thread. */
public final class ExecutorTasks implements BackgroundTasks, AutoCloseable {
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "tool-test-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> TaskHandle submit(String title, Computation<T> computation, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = workers.submit(() -> {
            try {
                T result = computation.compute(fraction -> { }, cancelled::get);
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (CancelledException e) {
                // a cancelled task calls neither callback
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return future.isDone();
            }
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

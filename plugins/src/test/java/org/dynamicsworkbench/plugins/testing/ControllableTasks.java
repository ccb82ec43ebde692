package org.dynamicsworkbench.plugins.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.plugins.spi.BackgroundTasks;
import org.dynamicsworkbench.plugins.spi.Computation;
import org.dynamicsworkbench.plugins.spi.TaskHandle;

/**
 * A {@link BackgroundTasks} test double that runs nothing until the test says so: each submission waits
 * in {@link #submitted()} and runs, computation and callback, on the test's thread when the test calls
 * {@link Task#run()}. Tests choose the order in which tasks finish, and may even finish a cancelled one
 * ({@link Task#runIgnoringCancel()}, the race where a result arrives just as it is cancelled).
 */
public final class ControllableTasks implements BackgroundTasks {
    private final List<Task<?>> submitted = new ArrayList<>();

    @Override
    public <T> TaskHandle submit(String title, Computation<T> computation, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        return submit(title, computation, fraction -> { }, onSuccess, onFailure);
    }

    @Override
    public <T> TaskHandle submit(String title, Computation<T> computation, DoubleConsumer onProgress,
                                 Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>(title, computation, onProgress, onSuccess, onFailure);
        submitted.add(task);
        return task;
    }

    public List<Task<?>> submitted() {
        return submitted;
    }

    public Task<?> last() {
        return submitted.get(submitted.size() - 1);
    }

    /** Tasks neither run nor cancelled. */
    public List<Task<?>> pending() {
        return submitted.stream().filter(t -> !t.isDone() && !t.cancelled).toList();
    }

    /** Runs every pending task in submission order. */
    public void runPending() {
        for (Task<?> task : pending()) {
            task.run();
        }
    }

    public static final class Task<T> implements TaskHandle {
        final String title;
        private final Computation<T> computation;
        private final DoubleConsumer onProgress;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private volatile boolean cancelled;
        private boolean done;

        Task(String title, Computation<T> computation, DoubleConsumer onProgress, Consumer<T> onSuccess,
             Consumer<Throwable> onFailure) {
            this.title = title;
            this.computation = computation;
            this.onProgress = onProgress;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /** Computes and calls back as the workbench would: a cancelled task calls neither callback. */
        public void run() {
            execute(false);
        }

        /** Computes and calls back even if cancelled, as when the result was on its way when cancel came. */
        public void runIgnoringCancel() {
            execute(true);
        }

        private void execute(boolean ignoreCancel) {
            done = true;
            T result;
            try {
                result = computation.compute(onProgress::accept, () -> !ignoreCancel && cancelled);
            } catch (CancelledException e) {
                return;
            } catch (Exception | Error e) {
                if (ignoreCancel || !cancelled) {
                    onFailure.accept(e);
                }
                return;
            }
            if (ignoreCancel || !cancelled) {
                onSuccess.accept(result);
            }
        }
    }
}

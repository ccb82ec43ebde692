package org.dynamicsworkbench.plugins.alrnn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.plugins.spi.BackgroundTasks;
import org.dynamicsworkbench.plugins.spi.Computation;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.render.gl.GlRenderer;

/**
 * A {@link ToolContext} whose tasks wait until the test runs them ({@link #runNext}), on the test's thread, with the
 * task list's rules: a task cancelled through its handle calls neither callback.
 */
final class ManualTasksContext implements ToolContext, BackgroundTasks {
    final List<String> errors = new ArrayList<>();
    final List<Task<?>> tasks = new ArrayList<>();
    private int next;

    static final class Task<T> implements TaskHandle {
        final String title;
        final Computation<T> computation;
        final Consumer<T> onSuccess;
        final Consumer<Throwable> onFailure;
        final AtomicBoolean cancelled = new AtomicBoolean();
        boolean done;

        Task(String title, Computation<T> computation, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.title = title;
            this.computation = computation;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void run() {
            try {
                T result = computation.compute(f -> { }, cancelled::get);
                if (!cancelled.get()) {
                    onSuccess.accept(result);
                }
            } catch (CancelledException e) {
                cancelled.set(true);
            } catch (Exception e) {
                if (!cancelled.get()) {
                    onFailure.accept(e);
                }
            } finally {
                done = true;
            }
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }

    /** Runs the oldest submitted task that has not run yet. */
    void runNext() {
        tasks.get(next++).run();
    }

    /** Tasks submitted but not run yet. */
    int pending() {
        return tasks.size() - next;
    }

    @Override
    public <T> TaskHandle submit(String title, Computation<T> computation, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>(title, computation, onSuccess, onFailure);
        tasks.add(task);
        return task;
    }

    @Override
    public BackgroundTasks tasks() {
        return this;
    }

    @Override
    public GlRenderer renderer() {
        throw new IllegalStateException("this test context has no renderer");
    }

    @Override
    public void status(String message) {
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void stateChanged() {
    }
}

package org.dynamicsworkbench.plugins.alrnn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.plugins.spi.BackgroundTasks;
import org.dynamicsworkbench.plugins.spi.Computation;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.render.gl.GlRenderer;

/** A {@link ToolContext} whose tasks run at once on the calling thread; records errors and task titles. */
final class SynchronousContext implements ToolContext, BackgroundTasks {
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final List<String> titles = new ArrayList<>();
    int stateChanges;
    private final GlRenderer renderer;

    SynchronousContext() {
        this(null);
    }

    /** @param renderer the renderer of the 3D views, or null for tests that draw nothing */
    SynchronousContext(GlRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public BackgroundTasks tasks() {
        return this;
    }

    @Override
    public GlRenderer renderer() {
        if (renderer == null) {
            throw new IllegalStateException("this test context has no renderer");
        }
        return renderer;
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
        stateChanges++;
    }

    @Override
    public <T> TaskHandle submit(String title, Computation<T> computation, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        titles.add(title);
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            T result = computation.compute(fraction -> { }, cancelled::get);
            onSuccess.accept(result);
        } catch (CancelledException e) {
            // a cancelled task calls neither callback
        } catch (Exception e) {
            onFailure.accept(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}

package org.dynamicsworkbench.plugins.spi;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * Moves progress reports from a computing thread onto the FX thread, coalesced: while one delivery is
 * queued, further reports only replace the fraction it will deliver, so at most one runnable per relay
 * waits in the FX queue however often the computation reports.
 */
public final class FxProgressRelay implements ProgressListener {
    private final DoubleConsumer onFxThread;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile double latest;

    /** @param onFxThread receives the latest fraction, on the FX thread */
    public FxProgressRelay(DoubleConsumer onFxThread) {
        this.onFxThread = Objects.requireNonNull(onFxThread, "onFxThread");
    }

    @Override
    public void report(double fraction) {
        latest = fraction;
        if (queued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                queued.set(false);
                onFxThread.accept(latest);
            });
        }
    }
}

package org.dynamicsworkbench.plugins.spi;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * A bounded executor for tool computations. Progress is throttled onto the FX thread; {@code onSuccess}
 * and {@code onFailure} run on the FX thread; a cancelled task calls neither.
 */
public interface BackgroundTasks {

    <T> TaskHandle submit(String title, Computation<T> computation, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure);

    /**
     * Like {@link #submit(String, Computation, Consumer, Consumer)}, and also hands the task's progress
     * (fraction in [0, 1]) to {@code onProgress} on the FX thread, coalesced so that a fast computation
     * never floods the FX queue (only the latest fraction is delivered). The default relays through
     * {@link FxProgressRelay}; a workbench may override it to reuse its own throttling.
     */
    default <T> TaskHandle submit(String title, Computation<T> computation, DoubleConsumer onProgress,
                                  Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        FxProgressRelay relay = new FxProgressRelay(onProgress);
        return submit(title, (progress, cancel) -> computation.compute(fraction -> {
            progress.report(fraction);
            relay.report(fraction);
        }, cancel), onSuccess, onFailure);
    }
}

package org.dynamicsworkbench.plugins.spi;

import java.util.function.Consumer;

/**
 * A bounded executor for tool computations. Progress is throttled onto the FX thread; {@code onSuccess}
 * and {@code onFailure} run on the FX thread; a cancelled task calls neither.
 */
public interface BackgroundTasks {

    <T> TaskHandle submit(String title, Computation<T> computation, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure);
}

package org.dynamicsworkbench.plugins.spi;

import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/** A computation run off the FX thread; it polls {@code cancel} and reports progress. */
@FunctionalInterface
public interface Computation<T> {
    T compute(ProgressListener progress, CancellationToken cancel) throws Exception;
}

package org.dynamicsworkbench.plugins.spi;

import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * A tool's computation without any view: from a valid assignment of its typed parameters to a
 * {@link ToolResult}. Runs on a worker thread (the command line's {@code tool} subcommand, or the
 * workbench's task executor); reports progress in [0, 1] and polls {@code cancel}, throwing
 * {@link org.dynamicsworkbench.analysis.task.CancelledException} once cancelled. Must not touch JavaFX.
 */
@FunctionalInterface
public interface ToolComputation {
    ToolResult compute(ToolParameterValues parameters, ProgressListener progress, CancellationToken cancel)
            throws Exception;
}

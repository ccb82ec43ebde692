package org.dynamicsworkbench.plugins.peccary;

import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.spi.FigureSpec;

/**
 * The PECCARY tool's two {@link FigureSpec}s for one state. The window passes the result it shows; the command
 * line passes none and the first builder that runs computes it (once, shared by both figures).
 */
final class PeccaryFigureSpecs {

    private PeccaryFigureSpecs() {
    }

    /**
     * @param result the result of {@code state}, or {@code null} to compute it when first needed
     */
    static List<FigureSpec> of(PeccaryState state, SeriesLoader loader, PeccaryResult result) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(loader, "loader");
        ResultOnce once = new ResultOnce(state, loader, result);
        return List.of(
                new FigureSpec(PeccaryFigures.PLANE, "Complexity-entropy plane", PeccaryFigures.PLANE_SIZE, false,
                        request -> PeccaryFigures.plane(once.get(), request.size())),
                new FigureSpec(PeccaryFigures.HISTOGRAM, "Ordinal pattern histogram", PeccaryFigures.HISTOGRAM_SIZE, false,
                        request -> PeccaryFigures.histogram(once.get(), request.size())));
    }

    /** The result given up front or computed by the first caller; a failure is not remembered. */
    private static final class ResultOnce {
        private final PeccaryState state;
        private final SeriesLoader loader;
        private PeccaryResult value;

        ResultOnce(PeccaryState state, SeriesLoader loader, PeccaryResult given) {
            this.state = state;
            this.loader = loader;
            this.value = given;
        }

        synchronized PeccaryResult get() throws Exception {
            if (value == null) {
                value = PeccaryAnalysis.compute(state, loader, ProgressListener.NONE, CancellationToken.NEVER);
            }
            return value;
        }
    }
}

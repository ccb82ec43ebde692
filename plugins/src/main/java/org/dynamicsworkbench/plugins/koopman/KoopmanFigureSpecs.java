package org.dynamicsworkbench.plugins.koopman;

import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.analysis.koopman.Pseudospectrum;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.spi.FigureSpec;

/**
 * The Koopman tool's three {@link FigureSpec}s for one state. The window passes the fit and pseudospectrum it
 * shows; the command line passes none and the first builder that needs them computes them (once).
 */
final class KoopmanFigureSpecs {

    private KoopmanFigureSpecs() {
    }

    static List<FigureSpec> of(KoopmanState state, SeriesLoader loader, KoopmanResult fit, Pseudospectrum pseudospectrum) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(loader, "loader");
        Lazy lazy = new Lazy(state, loader, fit, pseudospectrum);
        return List.of(
                new FigureSpec(KoopmanFigures.SPECTRUM, "Koopman spectrum", KoopmanFigures.SPECTRUM_SIZE, false,
                        request -> KoopmanFigures.spectrum(lazy.fit(), state.threshold(), state.selected(), request.size())),
                new FigureSpec(KoopmanFigures.PSEUDOSPECTRUM, "Pseudospectrum", KoopmanFigures.PSEUDOSPECTRUM_SIZE, false,
                        request -> KoopmanFigures.pseudospectrum(lazy.fit(), lazy.pseudospectrum(), state.threshold(),
                                request.size())),
                new FigureSpec(KoopmanFigures.HAVOK, "HAVOK forcing", KoopmanFigures.HAVOK_SIZE, false,
                        request -> KoopmanFigures.havok(lazy.fit(), request.size())));
    }

    /** The fit and pseudospectrum given up front or computed by the first caller; failures are not remembered. */
    private static final class Lazy {
        private final KoopmanState state;
        private final SeriesLoader loader;
        private KoopmanResult fit;
        private Pseudospectrum pseudospectrum;

        Lazy(KoopmanState state, SeriesLoader loader, KoopmanResult fit, Pseudospectrum pseudospectrum) {
            this.state = state;
            this.loader = loader;
            this.fit = fit;
            this.pseudospectrum = pseudospectrum;
        }

        synchronized KoopmanResult fit() throws Exception {
            if (fit == null) {
                fit = KoopmanAnalysis.fit(state, loader, ProgressListener.NONE, CancellationToken.NEVER);
            }
            return fit;
        }

        synchronized Pseudospectrum pseudospectrum() throws Exception {
            if (pseudospectrum == null) {
                pseudospectrum = KoopmanAnalysis.pseudospectrum(fit(), state.grid(), ProgressListener.NONE,
                        CancellationToken.NEVER);
            }
            return pseudospectrum;
        }
    }
}

package org.dynamicsworkbench.plugins.koopman;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** Koopman spectra: EDMD eigenvalues with ResDMD residuals, pseudospectra, eigenfunctions and HAVOK. */
public final class KoopmanTool implements Tool {
    /** The id in session files and on the command line. */
    public static final String ID = "koopman";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Koopman spectrum";
    }

    @Override
    public String description() {
        return "Fits a Koopman operator to a series by EDMD, shows its eigenvalues with their residuals, "
                + "pseudospectra and eigenfunctions, and the HAVOK forcing.";
    }

    /** Figures of a state whose relative files resolve against the working folder. */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return figuresFor(state, Path.of("").toAbsolutePath());
    }

    /**
     * The spectrum, pseudospectrum and HAVOK figures of a saved state; building them loads the series and fits it.
     * Relative files resolve against {@code sessionFolder} and must not climb out of it; absolute ones are used as
     * they are.
     *
     * @throws ToolStateException for a malformed state or a relative file that escapes the folder
     */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state, Path sessionFolder) throws ToolStateException {
        SystemCatalog catalog = SystemCatalog.builtin();
        return KoopmanFigureSpecs.of(new KoopmanStateCodec(catalog).read(state, sessionFolder), new SeriesLoader(catalog), null, null);
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new KoopmanInstance(context, SystemCatalog.builtin());
    }
}

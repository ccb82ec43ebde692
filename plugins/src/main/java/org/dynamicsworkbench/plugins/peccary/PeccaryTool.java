package org.dynamicsworkbench.plugins.peccary;

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

/** PECCARY: permutation entropy and statistical complexity of series on the complexity-entropy plane. */
public final class PeccaryTool implements Tool {
    /** The id in session files and on the command line. */
    public static final String ID = "peccary";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "PECCARY complexity-entropy plane";
    }

    @Override
    public String description() {
        return "Places series on the complexity-entropy plane of their ordinal patterns, sweeps the delay, "
                + "and advises on the sampling.";
    }

    /** Figures of a state whose relative files resolve against the working folder. */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return figuresFor(state, Path.of("").toAbsolutePath());
    }

    /**
     * The plane and the histogram of a saved state; building them loads the series and counts the patterns.
     * Relative files resolve against {@code sessionFolder} and must not climb out of it; absolute ones are used as
     * they are.
     *
     * @throws ToolStateException for a malformed state or a relative file that escapes the folder
     */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state, Path sessionFolder) throws ToolStateException {
        SystemCatalog catalog = SystemCatalog.builtin();
        return PeccaryFigureSpecs.of(new PeccaryStateCodec(catalog).read(state, sessionFolder), new SeriesLoader(catalog), null);
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new PeccaryInstance(context, SystemCatalog.builtin());
    }
}

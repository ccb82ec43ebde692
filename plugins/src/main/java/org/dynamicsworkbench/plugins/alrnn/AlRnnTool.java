package org.dynamicsworkbench.plugins.alrnn;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** The AL-RNN tool: train almost-linear RNNs and read their subregions, symbolic code, fixed points and cycles. */
public final class AlRnnTool implements Tool {
    public static final String ID = "alrnn";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "AL-RNN";
    }

    @Override
    public String description() {
        return "Train an almost-linear RNN on a system or data file and read its subregions, symbolic code, "
                + "fixed points and cycles.";
    }

    /** Figures of a state read relative to the working folder. */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return figuresFor(state, Path.of("").toAbsolutePath());
    }

    /**
     * The training curves, the symbol strip, the transition graph and the 3D view of the state's run, whose path
     * resolves against {@code sessionFolder}; none for a state without a run.
     *
     * @throws ToolStateException for a malformed state or a run folder that does not exist
     */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state, Path sessionFolder) throws ToolStateException {
        AlRnnState s = new AlRnnStateCodec().read(state);
        if (s.run() == null) {
            return List.of();
        }
        Path run = SessionFolderPaths.resolve(s.run(), sessionFolder, "run");
        if (!java.nio.file.Files.isRegularFile(run.resolve(RunDirectory.MANIFEST))) {
            throw new ToolStateException("run: '" + s.run() + "' (" + run + ") is not a run folder (no "
                    + RunDirectory.MANIFEST + ")");
        }
        return AlRnnFigureSpecs.of(run, s.freeRunSteps());
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new AlRnnInstance(context);
    }
}

package org.dynamicsworkbench.plugins.lazyrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * The Lazy-to-rich tool: Kumar et al.'s polynomial regression with the output scale alpha on a slider; each alpha
 * trains (or reuses) a run in the session's folder, the previous one stays as an overlay, and every view follows one
 * timeline.
 */
public final class LazyRichTool implements Tool {
    public static final String ID = "lazy-rich";
    /** Where runs go, under the session's folder: one folder per setup, named by its parameters. */
    public static final String RUNS_FOLDER = "data/lazy-rich";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Lazy to rich";
    }

    @Override
    public String description() {
        return "Kumar et al.'s polynomial regression with the output scale alpha on a slider: a large alpha fits a "
                + "kernel first and learns features late; loss, its exact decomposition, alignments and M's spectrum.";
    }

    @Override
    public List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return figuresFor(state, Path.of("").toAbsolutePath());
    }

    /**
     * The loss, decomposition, alignment and spectrum figures of the state's run at its step (with its overlays);
     * paths resolve against {@code sessionFolder}.
     *
     * @throws ToolStateException for a malformed state or a folder that is not a lazy-rich run
     */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state, Path sessionFolder) throws ToolStateException {
        LazyRichState s = new LazyRichStateCodec().read(state);
        return LazyRichFigureSpecs.of(readRuns(s, sessionFolder), s.step(), s.smoothing());
    }

    /** Reads the state's run and overlays (none when it names no run). */
    static List<LazyRichRun> readRuns(LazyRichState s, Path sessionFolder) throws ToolStateException {
        List<LazyRichRun> runs = new ArrayList<>();
        if (s.run() != null) {
            runs.add(read(s.run(), sessionFolder, "run"));
            for (int i = 0; i < s.overlays().size(); i++) {
                runs.add(read(s.overlays().get(i), sessionFolder, "overlays[" + i + "]"));
            }
        }
        return runs;
    }

    /** Reads the run a state names. @throws ToolStateException naming the field when it is not a lazy-rich run */
    static LazyRichRun read(String written, Path sessionFolder, String field) throws ToolStateException {
        Path dir = SessionFolderPaths.resolve(written, sessionFolder, field);
        if (!Files.isRegularFile(dir.resolve(ExperimentRun.MANIFEST))) {
            throw new ToolStateException(field + ": '" + written + "' (" + dir + ") is not a run folder (no "
                    + ExperimentRun.MANIFEST + ")");
        }
        try {
            return LazyRichRun.open(dir);
        } catch (IOException e) {
            throw new ToolStateException(field + ": '" + written + "': " + e.getMessage(), e);
        }
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new LazyRichInstance(context);
    }
}

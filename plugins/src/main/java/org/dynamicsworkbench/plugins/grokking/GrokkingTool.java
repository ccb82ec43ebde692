package org.dynamicsworkbench.plugins.grokking;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.plugins.runs.RunFolders;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** The Grokking tool: train or open modular-addition runs and scrub every view through their checkpoints. */
public final class GrokkingTool implements Tool {
    public static final String ID = "grokking";
    /** The experiment kind its runs are. */
    public static final String KIND = "grokking";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Grokking";
    }

    @Override
    public String description() {
        return "Train a quadratic MLP on modular addition and watch it memorise, then generalise: curves, the "
                + "correctness grid and Fourier features on one timeline, run overlays and sweeps.";
    }

    @Override
    public List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return figuresFor(state, Path.of("").toAbsolutePath());
    }

    /**
     * The curves, weights, grid and Fourier figures of the state's run at its step (with its overlays), and the
     * phase diagram of its sweep; paths resolve against {@code sessionFolder}.
     *
     * @throws ToolStateException for a malformed state or a folder that is not a run (or a sweep)
     */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state, Path sessionFolder) throws ToolStateException {
        GrokkingState s = new GrokkingStateCodec().read(state);
        List<RunReading> runs = new ArrayList<>();
        if (s.run() != null) {
            runs.add(read(s.run(), sessionFolder, "run"));
            for (int i = 0; i < s.overlays().size(); i++) {
                runs.add(read(s.overlays().get(i), sessionFolder, "overlays[" + i + "]"));
            }
        }
        Path sweep = null;
        if (s.sweep() != null) {
            sweep = SessionFolderPaths.resolve(s.sweep(), sessionFolder, "sweep");
            if (!Files.isDirectory(sweep)) {
                throw new ToolStateException("sweep: '" + s.sweep() + "' (" + sweep + ") is not a folder");
            }
        }
        return GrokkingFigureSpecs.of(runs, s.step(), s.smoothing(), sweep);
    }

    /** Reads the run a state names. @throws ToolStateException naming the field: not a readable grokking run */
    static RunReading read(String written, Path sessionFolder, String field) throws ToolStateException {
        return RunFolders.read(written, sessionFolder, field, KIND);
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new GrokkingInstance(context);
    }
}

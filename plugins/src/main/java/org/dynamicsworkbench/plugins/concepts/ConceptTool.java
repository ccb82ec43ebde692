package org.dynamicsworkbench.plugins.concepts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** The Concept-space tool: train or open seeds of the 2x2 concept task and follow each prompt through concept space. */
public final class ConceptTool implements Tool {
    public static final String ID = "concept-space";
    /** The experiment kind its runs are. */
    public static final String KIND = "concepts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Concept space";
    }

    @Override
    public String description() {
        return "A conditional diffusion model learns two concepts with one combination held out: follow each prompt "
                + "through concept space, see the strong concept learned first, the sudden turn, and over-prompting "
                + "reveal the hidden capability early; seeds averaged with their spread.";
    }

    @Override
    public List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return figuresFor(state, Path.of("").toAbsolutePath());
    }

    /**
     * The space, coordinate, learning-time and speed figures of the state's seeds at its step; run folders resolve
     * against {@code sessionFolder}.
     *
     * @throws ToolStateException for a malformed state, a folder that is not a concept run, or seeds that differ
     */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state, Path sessionFolder) throws ToolStateException {
        ConceptState s = new ConceptStateCodec().read(state);
        return ConceptFigureSpecs.of(ConceptRuns.read(s.runs(), sessionFolder), s.step());
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new ConceptInstance(context);
    }
}

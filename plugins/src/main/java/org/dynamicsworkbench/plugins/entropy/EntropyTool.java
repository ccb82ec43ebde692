package org.dynamicsworkbench.plugins.entropy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.plugins.runs.RunFolders;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** The Entropy-collapse tool: train or open GRPO bandit runs, overlay the interventions, read the law and the lemma. */
public final class EntropyTool implements Tool {
    public static final String ID = "entropy-collapse";
    /** The experiment kind its runs are. */
    public static final String KIND = "entropy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Entropy collapse";
    }

    @Override
    public String description() {
        return "GRPO on a contextual bandit: watch the policy entropy collapse as the reward rises, fit R = -a e^H + b "
                + "and its ceiling, check the covariance lemma, and compare Clip-Cov and KL-Cov with vanilla.";
    }

    @Override
    public List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return figuresFor(state, Path.of("").toAbsolutePath());
    }

    /**
     * The curves, law, dH and token figures of the state's runs at its step; run folders resolve against
     * {@code sessionFolder}.
     *
     * @throws ToolStateException for a malformed state, or a folder that is not an entropy run
     */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state, Path sessionFolder) throws ToolStateException {
        EntropyState s = new EntropyStateCodec().read(state);
        return EntropyFigureSpecs.of(RunFolders.readAll(s.runs(), sessionFolder, "runs", KIND), s.step(),
                s.smoothing());
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new EntropyInstance(context);
    }
}

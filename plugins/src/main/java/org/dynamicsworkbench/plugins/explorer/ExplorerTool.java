package org.dynamicsworkbench.plugins.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** The attractor explorer: pick a catalog system, vary its parameters, watch the attractor in 3D. */
public final class ExplorerTool implements Tool {
    /** The id in session files and on the command line. */
    public static final String ID = "attractor-explorer";
    /** The system a new explorer opens with. */
    static final String FIRST_SYSTEM = "Lorenz";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Attractor explorer";
    }

    @Override
    public String description() {
        return "Integrates a catalog system, shows its attractor in 3D as you move the parameters, and "
                + "computes its Lyapunov spectrum.";
    }

    /** The four explorer figures of a saved state; building them integrates it (and computes its spectrum). */
    @Override
    public List<FigureSpec> figuresFor(JsonNode state) throws ToolStateException {
        return ExplorerFigureSpecs.of(new ExplorerStateCodec(SystemCatalog.builtin()).read(state));
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new ExplorerInstance(context, SystemCatalog.builtin());
    }
}

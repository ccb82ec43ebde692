package org.dynamicsworkbench.example.recurrence;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolComputation;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolParameter;
import org.dynamicsworkbench.plugins.spi.ToolParameterValues;
import org.dynamicsworkbench.plugins.spi.ToolResult;

/**
 * The recurrence plot tool: typed parameters (system, epsilon, steps), a headless computation returning
 * the recurrence rate and determinism, and a view drawing the recurrence matrix.
 */
public final class RecurrencePlotTool implements Tool {
    /** The id in sessions and on the command line. */
    public static final String ID = "recurrence-plot";
    /** The most states a plot keeps (the matrix has steps^2 entries). */
    public static final int MAX_STEPS = 4000;

    private static final List<ToolParameter> PARAMETERS = List.of(
            ToolParameter.ofChoice("system", "Lorenz", SystemCatalog.builtin().names(),
                    "The catalog system whose trajectory is analysed."),
            ToolParameter.ofDouble("epsilon", 0.1, 0.001, 1.0,
                    "Recurrence threshold as a fraction of the attractor's diameter."),
            ToolParameter.ofInt("steps", 1000, 10, MAX_STEPS,
                    "Number of states kept after an equally long transient."));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Recurrence plot";
    }

    @Override
    public String description() {
        return "Recurrence plot of a catalog system with its recurrence rate and determinism (an example external plugin).";
    }

    @Override
    public List<ToolParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<ToolComputation> computation() {
        return Optional.of((values, progress, cancel) -> result(values, run(values, progress, cancel)));
    }

    @Override
    public ToolInstance open(ToolContext context) {
        return new RecurrencePlotInstance(this, context);
    }

    static RecurrenceRun.Outcome run(ToolParameterValues values, ProgressListener progress, CancellationToken cancel) {
        return RecurrenceRun.run(values.getString("system"), values.getDouble("epsilon"), values.getInt("steps"),
                progress, cancel);
    }

    static ToolResult result(ToolParameterValues values, RecurrenceRun.Outcome outcome) {
        RecurrenceQuantification q = outcome.quantification();
        ObjectNode v = JsonNodeFactory.instance.objectNode();
        v.put("recurrenceRate", q.recurrenceRate());
        if (Double.isNaN(q.determinism())) {
            v.putNull("determinism");
        } else {
            v.put("determinism", q.determinism());
        }
        v.put("threshold", outcome.threshold());
        v.put("diameter", outcome.diameter());
        v.put("states", q.size());
        String summary = String.format(Locale.ROOT, "%s: RR = %.4f, DET = %s", values.getString("system"),
                q.recurrenceRate(), Double.isNaN(q.determinism()) ? "undefined (no recurrence)"
                        : String.format(Locale.ROOT, "%.4f", q.determinism()));
        return new ToolResult(summary, v);
    }
}

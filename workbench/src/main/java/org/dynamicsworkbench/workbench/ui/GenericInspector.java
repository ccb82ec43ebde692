package org.dynamicsworkbench.workbench.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.plugins.spi.ParameterForm;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolComputation;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolParameterException;
import org.dynamicsworkbench.plugins.spi.ToolParameterValues;
import org.dynamicsworkbench.plugins.spi.ToolResult;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * The view the workbench gives a tool that builds none of its own: the tool's description, a
 * {@link ParameterForm} of its typed parameters, a Run button for its computation (progress and cancel
 * also in the status bar) and the values of the last result. Its saved state is
 * {@code {"parameters": {name: value, ...}}}. FX thread only.
 */
final class GenericInspector implements ToolInstance {
    private final Tool tool;
    private final ToolContext context;
    private final Optional<ToolComputation> computation;
    private final ParameterForm form;
    private final Button run = new Button("Run");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label summary = new Label();
    private final GridPane results = new GridPane();
    private final VBox view;
    private TaskHandle running;
    private ToolResult lastResult;

    GenericInspector(Tool tool, ToolContext context) {
        this.tool = Objects.requireNonNull(tool);
        this.context = Objects.requireNonNull(context);
        this.computation = tool.computation();
        this.form = new ParameterForm(ToolParameterValues.defaults(tool.parameters()));
        form.setId("inspector-form");
        form.addListener(values -> context.stateChanged());
        Label description = new Label(tool.description());
        description.setWrapText(true);
        run.setId("inspector-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> runOrCancel());
        progress.setId("inspector-progress");
        progress.setVisible(false);
        summary.setId("inspector-summary");
        summary.setWrapText(true);
        results.setId("inspector-results");
        results.setHgap(12);
        results.setVgap(4);
        HBox actions = new HBox(8, run, progress);
        if (computation.isEmpty()) {
            actions.getChildren().setAll(new Label("This tool has no computation to run."));
        }
        if (tool.parameters().isEmpty()) {
            form.getChildren().add(new Label("This tool has no parameters."));
        }
        view = new VBox(10, description, form, actions, summary, results);
        view.setPadding(new Insets(12));
        view.setId("generic-inspector");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public ObjectNode saveState() {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.set("parameters", form.values().toJson());
        return state;
    }

    @Override
    public void restoreState(JsonNode state) throws ToolStateException {
        if (!state.isObject()) {
            throw new ToolStateException("must be an object");
        }
        for (Iterator<String> names = state.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("parameters")) {
                throw new ToolStateException(name + ": unknown field (the inspector stores only \"parameters\")");
            }
        }
        JsonNode parameters = state.get("parameters");
        ToolParameterValues values;
        try {
            values = parameters == null ? ToolParameterValues.defaults(tool.parameters())
                    : ToolParameterValues.fromJson(tool.parameters(), parameters);
        } catch (ToolParameterException e) {
            String message = e.getMessage();
            throw new ToolStateException(message.startsWith("parameters:") ? message : "parameters." + message, e);
        }
        form.setValues(values);
    }

    /** The values in the form (tests). */
    ToolParameterValues values() {
        return form.values();
    }

    /** The last result shown, or null (tests). */
    ToolResult lastResult() {
        return lastResult;
    }

    @Override
    public void close() {
        if (running != null) {
            running.cancel();
        }
    }

    private void runOrCancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
            finished("Cancelled.");
            return;
        }
        ToolComputation job = computation.orElseThrow();
        ToolParameterValues values = form.values();
        if (!form.problems().isEmpty()) {
            summary.setText("Fix first: " + String.join("; ", form.problems().values()));
            return;
        }
        run.setText("Cancel");
        progress.setProgress(0);
        progress.setVisible(true);
        summary.setText("Running...");
        running = context.tasks().submit(tool.title(), (p, cancel) -> job.compute(values, p, cancel),
                progress::setProgress, this::show, this::failed);
    }

    private void show(ToolResult result) {
        lastResult = result;
        results.getChildren().clear();
        int row = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = result.values().fields(); it.hasNext(); row++) {
            Map.Entry<String, JsonNode> e = it.next();
            Label value = new Label(e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString());
            value.setId("result-" + e.getKey());
            results.addRow(row, new Label(e.getKey()), value);
        }
        finished(result.summary());
        context.status(tool.title() + ": " + result.summary());
    }

    private void failed(Throwable error) {
        if (error instanceof CancelledException) {
            finished("Cancelled.");
            return;
        }
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        finished("Failed: " + message);
        context.showError(tool.title() + " failed", message);
    }

    private void finished(String text) {
        running = null;
        run.setText("Run");
        progress.setVisible(false);
        summary.setText(text);
    }
}

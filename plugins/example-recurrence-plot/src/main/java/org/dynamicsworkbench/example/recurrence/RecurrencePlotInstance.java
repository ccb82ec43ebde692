package org.dynamicsworkbench.example.recurrence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.dynamicsworkbench.plugins.spi.ParameterForm;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolParameterException;
import org.dynamicsworkbench.plugins.spi.ToolParameterValues;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * One open recurrence plot: the parameter form and a Run button on the left, the recurrence matrix on a
 * canvas (black where states recur, time running right and up) with RR and DET below it. Saved state:
 * {@code {"parameters": {...}}}. FX thread only.
 */
final class RecurrencePlotInstance implements ToolInstance {
    private static final double CANVAS_SIZE = 520;

    private final RecurrencePlotTool tool;
    private final ToolContext context;
    private final ParameterForm form;
    private final Canvas canvas = new Canvas(CANVAS_SIZE, CANVAS_SIZE);
    private final Label measures = new Label("Press Run to compute the recurrence plot.");
    private final Button run = new Button("Run");
    private final BorderPane view = new BorderPane();
    private TaskHandle running;

    RecurrencePlotInstance(RecurrencePlotTool tool, ToolContext context) {
        this.tool = tool;
        this.context = context;
        this.form = new ParameterForm(ToolParameterValues.defaults(tool.parameters()));
        form.addListener(v -> context.stateChanged());
        run.setId("recurrence-run");
        run.setOnAction(e -> compute());
        measures.setId("recurrence-measures");
        canvas.setId("recurrence-canvas");
        VBox left = new VBox(8, form, run);
        left.setPadding(new Insets(8));
        VBox right = new VBox(8, canvas, measures);
        right.setPadding(new Insets(8));
        view.setLeft(left);
        view.setCenter(right);
        clear();
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
                throw new ToolStateException(name + ": unknown field");
            }
        }
        JsonNode parameters = state.get("parameters");
        try {
            form.setValues(parameters == null ? ToolParameterValues.defaults(tool.parameters())
                    : ToolParameterValues.fromJson(tool.parameters(), parameters));
        } catch (ToolParameterException e) {
            throw new ToolStateException("parameters." + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (running != null) {
            running.cancel();
        }
    }

    private void compute() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        ToolParameterValues values = form.values();
        measures.setText("Computing...");
        running = context.tasks().submit("Recurrence plot", (progress, cancel) -> RecurrencePlotTool.run(values, progress, cancel),
                outcome -> {
                    draw(outcome.quantification());
                    String summary = RecurrencePlotTool.result(values, outcome).summary();
                    measures.setText(summary);
                    context.status(summary);
                },
                error -> {
                    measures.setText("Failed: " + error.getMessage());
                    context.showError("Recurrence plot failed", String.valueOf(error.getMessage()));
                });
    }

    private void clear() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    /** One pixel per pair of states, then scaled to the canvas (time runs right and up). */
    private void draw(RecurrenceQuantification q) {
        int n = q.size();
        WritableImage image = new WritableImage(n, n);
        PixelWriter pixels = image.getPixelWriter();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                pixels.setArgb(i, n - 1 - j, q.recurs(i, j) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        clear();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setImageSmoothing(false);
        g.drawImage(image, 0, 0, canvas.getWidth(), canvas.getHeight());
    }
}

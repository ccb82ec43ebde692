package org.dynamicsworkbench.plugins.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * A form over the JSON keys of an experiment configuration (plus a tool's own keys such as {@code steps}): one row
 * per key with its label, a text field (or a choice box for keys with a fixed set of words) and, greyed beside it,
 * what the paper used. {@link #show(ObjectNode)} fills it; {@link #read()} gives the typed JSON back (numbers stay
 * numbers, integers integers), which the experiment kind then validates. FX thread.
 */
public final class ConfigForm extends GridPane {
    private final Map<String, TextField> texts = new LinkedHashMap<>();
    private final Map<String, ChoiceBox<String>> choices = new LinkedHashMap<>();
    private final Map<String, JsonNode> shown = new LinkedHashMap<>();
    private Runnable onEdited = () -> { };
    private boolean showing;

    /**
     * @param idPrefix   node ids are {@code <idPrefix>-<key>}
     * @param keys       the keys, in order
     * @param labels     the label of a key
     * @param paper      what the paper used for a key ("" for nothing)
     * @param choiceKeys keys edited with a choice box, and their words
     */
    public ConfigForm(String idPrefix, List<String> keys, Function<String, String> labels,
                      Function<String, String> paper, Map<String, List<String>> choiceKeys) {
        setHgap(6);
        setVgap(4);
        int row = 0;
        for (String key : keys) {
            Node editor;
            if (choiceKeys.containsKey(key)) {
                ChoiceBox<String> box = new ChoiceBox<>(FXCollections.observableArrayList(choiceKeys.get(key)));
                box.setId(idPrefix + "-" + key);
                box.valueProperty().addListener((o, was, now) -> edited());
                choices.put(key, box);
                editor = box;
            } else {
                TextField field = new TextField();
                field.setId(idPrefix + "-" + key);
                field.setPrefColumnCount(6);
                field.setOnAction(e -> edited());
                field.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        edited();
                    }
                });
                texts.put(key, field);
                editor = field;
            }
            Label note = new Label(paper.apply(key));
            note.setStyle("-fx-text-fill: #666666; -fx-font-size: 0.85em;");
            add(new Label(labels.apply(key)), 0, row);
            add(editor, 1, row);
            add(note, 2, row);
            row++;
        }
    }

    /** Runs {@code action} when the user changes a value (not while {@link #show} fills the form). */
    public void setOnEdited(Runnable action) {
        onEdited = action == null ? () -> { } : action;
    }

    /** Fills the form from {@code values} (keys it lacks keep their text). */
    public void show(ObjectNode values) {
        showing = true;
        try {
            values.fields().forEachRemaining(e -> {
                shown.put(e.getKey(), e.getValue());
                if (texts.containsKey(e.getKey())) {
                    texts.get(e.getKey()).setText(e.getValue().asText());
                } else if (choices.containsKey(e.getKey())) {
                    choices.get(e.getKey()).setValue(e.getValue().asText());
                }
            });
        } finally {
            showing = false;
        }
    }

    /**
     * The form's values as JSON, each typed like the value last shown for its key (integer, number or text).
     *
     * @throws IllegalArgumentException naming the key when a text is not a number (or not an integer)
     */
    public ObjectNode read() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, TextField> e : texts.entrySet()) {
            String key = e.getKey();
            String text = e.getValue().getText().strip();
            JsonNode like = shown.get(key);
            if (like != null && like.isIntegralNumber()) {
                try {
                    out.put(key, Long.parseLong(text));
                } catch (NumberFormatException x) {
                    throw new IllegalArgumentException(key + ": '" + text + "' is not an integer", x);
                }
            } else if (like == null || like.isNumber()) {
                try {
                    out.put(key, Double.parseDouble(text));
                } catch (NumberFormatException x) {
                    throw new IllegalArgumentException(key + ": '" + text + "' is not a number", x);
                }
            } else {
                out.put(key, text);
            }
        }
        for (Map.Entry<String, ChoiceBox<String>> e : choices.entrySet()) {
            if (e.getValue().getValue() != null) {
                out.put(e.getKey(), e.getValue().getValue());
            }
        }
        return out;
    }

    private void edited() {
        if (!showing) {
            onEdited.run();
        }
    }
}

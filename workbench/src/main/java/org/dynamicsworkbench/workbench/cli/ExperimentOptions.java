package org.dynamicsworkbench.workbench.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;

/**
 * The generic options of {@code train <experiment>} and {@code sweep <experiment>}: {@code --preset}, the run
 * plan ({@code --steps}, {@code --log-every}, {@code --full-log-every}, {@code --checkpoints},
 * {@code --checkpoint-spacing}, {@code --checkpoint-start}) and one {@code --<field> value} per configuration
 * field of the kind (kebab-case maps to the field's camelCase or snake_case key; arrays take comma lists).
 * Values are typed by the preset's value of the field; the kind then validates the whole configuration.
 */
final class ExperimentOptions {
    private static final List<String> PLAN_OPTIONS = List.of("steps", "log-every", "full-log-every", "checkpoints",
            "checkpoint-spacing", "checkpoint-start");

    private final Map<String, String> values;

    private ExperimentOptions(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code --name value} and {@code --name=value} tokens. */
    static ExperimentOptions parse(List<String> tokens) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!t.startsWith("--") || t.length() < 3) {
                throw new InputException(t, "expected an option --name value");
            }
            String name;
            String value;
            int eq = t.indexOf('=');
            if (eq > 0) {
                name = t.substring(2, eq);
                value = t.substring(eq + 1);
            } else {
                if (i + 1 >= tokens.size()) {
                    throw new InputException(t, "needs a value");
                }
                name = t.substring(2);
                value = tokens.get(++i);
            }
            if (values.put(name, value) != null) {
                throw new InputException("--" + name, "given twice");
            }
        }
        return new ExperimentOptions(values);
    }

    String preset(ExperimentKind<?> kind) {
        String p = values.get("preset");
        if (p == null) {
            return kind.presets().isEmpty() ? null : kind.presets().keySet().iterator().next();
        }
        if (!kind.presets().containsKey(p)) {
            throw new InputException("--preset", "unknown preset '" + p + "' for " + kind.name() + " (known: "
                    + String.join(", ", kind.presets().keySet()) + ")");
        }
        return p;
    }

    /**
     * The configuration JSON the options describe. With a preset: the preset's JSON with every field option
     * applied. Without one: only the fields the user gave, so that the kind fills the others with its own
     * defaults (which may depend on a given field, e.g. an entropy run's clip bounds on its mode). An option
     * {@code --sep a,b} that names no field sets the numbered fields sep1 and sep2.
     */
    <C extends ExperimentConfig> ObjectNode configJson(ExperimentKind<C> kind, String preset) {
        ObjectNode template = template(kind, preset);
        ObjectNode json = preset != null ? template.deepCopy()
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String option = e.getKey();
            if (option.equals("preset") || PLAN_OPTIONS.contains(option)) {
                continue;
            }
            List<String> numbered = numberedFields(template, option);
            if (numbered.size() > 1 && fieldOrNull(template, option) == null) {
                String[] parts = e.getValue().split(",", -1);
                if (parts.length != numbered.size()) {
                    throw new InputException("--" + option, "needs " + numbered.size() + " comma-separated values ("
                            + String.join(", ", numbered) + "), got '" + e.getValue() + "'");
                }
                for (int i = 0; i < parts.length; i++) {
                    String key = numbered.get(i);
                    json.set(key, typed(option, parts[i].trim(), template.get(key)));
                }
                continue;
            }
            String key = fieldFor(template, option);
            json.set(key, typed(option, e.getValue(), template.get(key)));
        }
        return json;
    }

    /** The full configuration of the preset (or the kind's defaults): the fields and their types. */
    static <C extends ExperimentConfig> ObjectNode template(ExperimentKind<C> kind, String preset) {
        if (preset != null) {
            return kind.presets().get(preset).toJson();
        }
        return kind.parseConfig(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()).toJson();
    }

    private static List<String> numberedFields(ObjectNode template, String option) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String key = fieldOrNull(template, option + i);
            if (key == null) {
                break;
            }
            out.add(key);
        }
        return out;
    }

    /** The validated configuration. */
    <C extends ExperimentConfig> C config(ExperimentKind<C> kind, String preset) {
        try {
            return kind.parseConfig(configJson(kind, preset));
        } catch (ConfigException e) {
            throw new InputException("--" + kebab(e.field()), e.getMessage().substring(e.field().length() + 2));
        }
    }

    /** The plan: the preset's (or default), with the plan options applied. */
    <C extends ExperimentConfig> RunPlan plan(ExperimentKind<C> kind, String preset, C config) {
        RunPlan base = preset != null ? kind.presetPlan(preset, config) : kind.defaultPlan(config);
        try {
            long steps = values.containsKey("steps") ? longValue("steps") : base.steps();
            int logEvery = values.containsKey("log-every") ? Math.toIntExact(longValue("log-every")) : base.cheapEvery();
            int fullEvery = values.containsKey("full-log-every") ? Math.toIntExact(longValue("full-log-every"))
                    : Math.max(logEvery, base.fullEvery() / logEvery * logEvery);
            CheckpointSchedule c = base.checkpoints();
            CheckpointSchedule schedule = new CheckpointSchedule(
                    values.containsKey("checkpoint-spacing")
                            ? CheckpointSchedule.Spacing.parse(values.get("checkpoint-spacing")) : c.spacing(),
                    values.containsKey("checkpoints") ? Math.toIntExact(longValue("checkpoints")) : c.count(),
                    values.containsKey("checkpoint-start") ? longValue("checkpoint-start") : c.start());
            return new RunPlan(steps, logEvery, fullEvery, schedule);
        } catch (ConfigException e) {
            throw new InputException("--" + e.field(), e.getMessage().substring(e.field().length() + 2));
        } catch (ArithmeticException e) {
            throw new InputException("--log-every", "too large");
        }
    }

    private long longValue(String option) {
        try {
            return Long.parseLong(values.get(option).trim());
        } catch (NumberFormatException e) {
            throw new InputException("--" + option, "must be an integer, got '" + values.get(option) + "'");
        }
    }

    private static String fieldOrNull(ObjectNode json, String option) {
        for (String c : List.of(option, camel(option), option.replace('-', '_'))) {
            if (json.has(c)) {
                return c;
            }
        }
        return null;
    }

    private static String fieldFor(ObjectNode json, String option) {
        String found = fieldOrNull(json, option);
        if (found != null) {
            return found;
        }
        List<String> known = new ArrayList<>(PLAN_OPTIONS);
        known.add(0, "preset");
        Iterator<String> it = json.fieldNames();
        while (it.hasNext()) {
            known.add(kebab(it.next()));
        }
        throw new InputException("--" + option, "unknown option (known: --" + String.join(", --", known) + ")");
    }

    private static JsonNode typed(String option, String value, JsonNode like) {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        try {
            if (like.isArray()) {
                ArrayNode a = f.arrayNode();
                if (!value.isBlank()) {
                    for (String part : value.split(",", -1)) {
                        // an empty template array says nothing about its elements: integers stay integers
                        JsonNode element = !like.isEmpty() ? like.get(0)
                                : part.trim().matches("[+-]?\\d+") ? f.numberNode(0L) : f.numberNode(0.0);
                        a.add(typed(option, part.trim(), element));
                    }
                }
                return a;
            }
            if (like.isIntegralNumber()) {
                return f.numberNode(Long.parseLong(value.trim()));
            }
            if (like.isNumber()) {
                return f.numberNode(Double.parseDouble(value.trim()));
            }
        } catch (NumberFormatException e) {
            throw new InputException("--" + option, "must be " + (like.isIntegralNumber() ? "an integer" : "a number")
                    + ", got '" + value + "'");
        }
        if (like.isBoolean()) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                throw new InputException("--" + option, "must be true or false, got '" + value + "'");
            }
            return f.booleanNode(Boolean.parseBoolean(v));
        }
        return f.textNode(value);
    }

    private static String camel(String kebab) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    static String kebab(String key) {
        StringBuilder b = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('-').append(Character.toLowerCase(c));
            } else {
                b.append(c == '_' ? '-' : c);
            }
        }
        return b.toString();
    }
}

package org.dynamicsworkbench.analysis.learning.run;

import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The content of an experiment run's {@code run.json}: experiment kind, configuration (as the kind wrote it),
 * plan, compute backend, status and a message (why it failed). Immutable.
 *
 * @param kind    the experiment kind's name
 * @param config  the configuration JSON (validated by the kind when the run is resumed or analysed)
 * @param plan    length, logging cadence, checkpoint schedule
 * @param backend the compute backend that trained it
 * @param status  where it stands
 * @param message empty, or why it stopped
 */
public record RunManifest(String kind, ObjectNode config, RunPlan plan, String backend, RunStatus status,
                          String message) {
    /** The {@code format} field every experiment run carries. */
    public static final String FORMAT = "dynamics-workbench/experiment";
    /** The newest {@code formatVersion} this code reads and the one it writes. */
    public static final int FORMAT_VERSION = 1;

    public RunManifest {
        config = config.deepCopy();
        message = message == null ? "" : message;
    }

    @Override
    public ObjectNode config() {
        return config.deepCopy();
    }

    public RunManifest withStatus(RunStatus newStatus, String newMessage) {
        return new RunManifest(kind, config, plan, backend, newStatus, newMessage);
    }

    public RunManifest withPlan(RunPlan newPlan) {
        return new RunManifest(kind, config, newPlan, backend, status, message);
    }

    ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", kind);
        root.put("status", status.label());
        root.put("message", message);
        root.put("backend", backend);
        root.set("config", config.deepCopy());
        ObjectNode p = root.putObject("plan");
        p.put("steps", plan.steps());
        p.put("logEvery", plan.cheapEvery());
        p.put("fullLogEvery", plan.fullEvery());
        ObjectNode c = p.putObject("checkpoints");
        c.put("spacing", plan.checkpoints().spacing().label());
        c.put("count", plan.checkpoints().count());
        c.put("start", plan.checkpoints().start());
        root.putObject("versions").put("java", System.getProperty("java.version"));
        return root;
    }

    /** Reads and validates {@code run.json}; refuses other tools' runs and newer formats by name. */
    static RunManifest fromJson(Path file, JsonNode root) throws RunFormatException {
        JsonNode tool = root.get("tool");
        JsonNode format = root.get("format");
        if (format == null && tool != null) {
            throw new RunFormatException(file, "is a run of tool '" + tool.asText()
                    + "', not a training-dynamics experiment run");
        }
        if (format == null || !FORMAT.equals(format.asText())) {
            throw new RunFormatException(file, "is not a training-dynamics experiment run (format must be '"
                    + FORMAT + "')");
        }
        long version = RunJson.integer(file, root, "formatVersion");
        if (version > FORMAT_VERSION) {
            throw new RunFormatException(file, "format version " + version
                    + " is newer than this workbench reads (" + FORMAT_VERSION + "); update the workbench");
        }
        if (version < 1) {
            throw new RunFormatException(file, "invalid format version " + version);
        }
        String kind = RunJson.text(file, root, "kind");
        RunStatus status;
        try {
            status = RunStatus.parse(RunJson.text(file, root, "status"));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "status: " + e.getMessage());
        }
        JsonNode config = RunJson.field(file, root, "config");
        if (!config.isObject()) {
            throw new RunFormatException(file, "field 'config' must be an object");
        }
        JsonNode p = RunJson.field(file, root, "plan");
        JsonNode c = RunJson.field(file, p, "checkpoints");
        RunPlan plan;
        try {
            plan = new RunPlan(RunJson.integer(file, p, "steps"), Math.toIntExact(RunJson.integer(file, p, "logEvery")),
                    Math.toIntExact(RunJson.integer(file, p, "fullLogEvery")),
                    new CheckpointSchedule(CheckpointSchedule.Spacing.parse(RunJson.text(file, c, "spacing")),
                            Math.toIntExact(RunJson.integer(file, c, "count")), RunJson.integer(file, c, "start")));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new RunFormatException(file, "plan: " + e.getMessage());
        }
        JsonNode message = root.get("message");
        JsonNode backend = root.get("backend");
        return new RunManifest(kind, (ObjectNode) config, plan, backend == null ? "java" : backend.asText(), status,
                message == null ? "" : message.asText());
    }
}

package org.dynamicsworkbench.analysis.learning.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.io.NewRunFolder;
import org.dynamicsworkbench.analysis.io.MatrixNpy;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Tensor;

/**
 * One experiment run on disk:
 * <pre>
 * run.json                      kind, config, plan, backend, status, message
 * metrics.jsonl                 one line per logged step: {"step": 25, "train_loss": 0.03, ...}
 * checkpoints/step-000000025/   one .npy per tensor + checkpoint.json (shapes, integers, resumability)
 * </pre>
 * Checkpoint folders are written under a hidden temporary name and renamed into place, so a checkpoint exists
 * complete or not at all; only the newest keeps the resume-only tensors. Metrics lines are appended; a
 * resumed run drops the lines after its last checkpoint (they are recomputed identically). Non-finite values
 * are stored as the strings "NaN", "Infinity", "-Infinity".
 */
public final class ExperimentRun {
    public static final String MANIFEST = "run.json";
    public static final String METRICS = "metrics.jsonl";
    public static final String CHECKPOINTS = "checkpoints";
    private static final String CHECKPOINT_JSON = "checkpoint.json";
    private static final Pattern CHECKPOINT_NAME = Pattern.compile("step-(\\d{9,})");
    private static final int MAX_TENSOR_SIDE = 1 << 24;
    /** metrics.jsonl is read whole; beyond this it is refused rather than exhausting memory. */
    private static final long MAX_METRICS_BYTES = 512L << 20;

    private final Path dir;
    private RunManifest manifest;

    private ExperimentRun(Path dir, RunManifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /** Creates a new run in {@code dir}, which must not exist or be an empty folder; its parent must exist. */
    public static ExperimentRun create(Path dir, RunManifest manifest) throws IOException {
        NewRunFolder.prepare(dir, RunFormatException::new);
        Files.createDirectories(dir.resolve(CHECKPOINTS));
        ExperimentRun run = new ExperimentRun(dir, manifest);
        run.writeManifest();
        return run;
    }

    /** Opens an existing run, validating {@code run.json}. */
    public static ExperimentRun open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new RunFormatException(dir, "no such run folder");
        }
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new RunFormatException(dir, "not a run folder (no " + MANIFEST + ")");
        }
        return new ExperimentRun(dir, RunManifest.fromJson(file, RunJson.read(file)));
    }

    public Path path() {
        return dir;
    }

    public RunManifest manifest() {
        return manifest;
    }

    /** Rewrites {@code run.json} with this status and message. */
    public void setStatus(RunStatus status, String message) throws IOException {
        manifest = manifest.withStatus(status, message);
        writeManifest();
    }

    /** Rewrites {@code run.json} with a longer or shorter plan (to extend a finished run). */
    public void setPlan(RunPlan plan) throws IOException {
        manifest = manifest.withPlan(plan);
        writeManifest();
    }

    private void writeManifest() throws IOException {
        RunJson.write(dir.resolve(MANIFEST), manifest.toJson());
    }

    /** Appends one metrics line for {@code step} (values in the map's order). */
    public void appendScalars(long step, Map<String, Double> values) throws IOException {
        ObjectNode line = RunJson.MAPPER.createObjectNode();
        line.put("step", step);
        values.forEach((name, v) -> {
            if (Double.isFinite(v)) {
                line.put(name, v);
            } else {
                line.put(name, v.isNaN() ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
            }
        });
        Files.writeString(dir.resolve(METRICS), RunJson.MAPPER.writeValueAsString(line) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /**
     * Every logged scalar. An incomplete last line (a crash while appending) is ignored; any other malformed
     * line is an error naming the file and line.
     */
    public RunHistory history() throws IOException {
        RunHistory.Builder out = new RunHistory.Builder();
        Path file = dir.resolve(METRICS);
        if (!Files.exists(file)) {
            return out.build();
        }
        String text = readMetrics(file);
        String[] lines = text.split("\n", -1);
        // the piece after the last newline is empty, or an incomplete line from a crash: skipped either way
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            readLine(file, i + 1, line, out);
        }
        return out.build();
    }

    private static String readMetrics(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_METRICS_BYTES) {
            throw new RunFormatException(file, "is " + (size >> 20) + " MB; the limit is " + (MAX_METRICS_BYTES >> 20)
                    + " MB (log less often: --log-every)");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void readLine(Path file, int lineNumber, String line, RunHistory.Builder out)
            throws RunFormatException {
        JsonNode node;
        try {
            node = RunJson.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new RunFormatException(file, "line " + lineNumber + ": malformed JSON");
        }
        if (node == null || !node.isObject() || !node.has("step") || !node.get("step").canConvertToLong()
                || !node.get("step").isIntegralNumber()) {
            throw new RunFormatException(file, "line " + lineNumber + ": needs an integer 'step'");
        }
        long step = node.get("step").asLong();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        try {
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!f.getKey().equals("step")) {
                    out.add(step, f.getKey(), number(file, lineNumber, f.getKey(), f.getValue()));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "line " + lineNumber + ": " + e.getMessage());
        }
    }

    private static double number(Path file, int lineNumber, String name, JsonNode v) throws RunFormatException {
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            switch (v.asText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new RunFormatException(file, "line " + lineNumber + ": '" + name + "' must be a number");
    }

    /** Drops every metrics line after {@code step} (and an incomplete last line), atomically. */
    void truncateMetricsAfter(long step) throws IOException {
        Path file = dir.resolve(METRICS);
        if (!Files.exists(file)) {
            return;
        }
        String text = readMetrics(file);
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = RunJson.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new RunFormatException(file, "line " + (i + 1) + ": malformed JSON");
            }
            if (node != null && node.has("step") && node.get("step").asLong() <= step) {
                kept.append(line).append('\n');
            }
        }
        RunJson.writeText(file, kept.toString());
    }

    /** Steps of the complete checkpoints, ascending. */
    public long[] checkpointSteps() throws IOException {
        Path folder = dir.resolve(CHECKPOINTS);
        if (!Files.isDirectory(folder)) {
            return new long[0];
        }
        List<Long> steps = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Matcher m = CHECKPOINT_NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p.resolve(CHECKPOINT_JSON))) {
                    steps.add(Long.parseLong(m.group(1)));
                }
            }
        }
        return steps.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private Path checkpointFolder(long step) {
        return dir.resolve(CHECKPOINTS).resolve(String.format("step-%09d", step));
    }

    /**
     * Writes {@code checkpoint} atomically, then strips the resume-only tensors from the previous newest
     * checkpoint. An existing checkpoint of the same step is replaced.
     */
    public void writeCheckpoint(Checkpoint checkpoint) throws IOException {
        long[] before = checkpointSteps();
        Path target = checkpointFolder(checkpoint.step());
        Path temp = Files.createTempDirectory(dir.resolve(CHECKPOINTS), ".tmp-" + target.getFileName() + "-");
        boolean moved = false;
        try {
            ObjectNode meta = RunJson.MAPPER.createObjectNode();
            meta.put("step", checkpoint.step());
            ObjectNode shapes = meta.putObject("tensors");
            for (Map.Entry<String, Tensor> e : checkpoint.tensors().entrySet()) {
                Tensor t = e.getValue();
                MatrixNpy.write(temp.resolve(e.getKey() + ".npy"), t.rows(), t.columns(), t.data());
                shapes.putArray(e.getKey()).add(t.rows()).add(t.columns());
            }
            ObjectNode ints = meta.putObject("integers");
            checkpoint.integers().forEach((name, values) -> {
                ArrayNode a = ints.putArray(name);
                for (long v : values) {
                    a.add(v);
                }
            });
            ArrayNode resumeOnly = meta.putArray("resumeOnly");
            checkpoint.resumeOnly().stream().sorted().forEach(resumeOnly::add);
            RunJson.write(temp.resolve(CHECKPOINT_JSON), meta);
            if (Files.exists(target)) {
                deleteFolder(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                deleteFolder(temp);
            }
        }
        for (long step : before) {
            if (step < checkpoint.step()) {
                stripResumeState(step);
            }
        }
    }

    private void stripResumeState(long step) throws IOException {
        Path folder = checkpointFolder(step);
        Path metaFile = folder.resolve(CHECKPOINT_JSON);
        ObjectNode meta = (ObjectNode) RunJson.read(metaFile);
        JsonNode resumeOnly = meta.get("resumeOnly");
        if (resumeOnly == null || !resumeOnly.isArray() || resumeOnly.isEmpty()) {
            return;
        }
        ObjectNode shapes = (ObjectNode) meta.get("tensors");
        for (JsonNode name : resumeOnly) {
            shapes.remove(name.asText());
        }
        meta.putArray("resumeOnly");
        meta.put("resumable", false);
        RunJson.write(metaFile, meta);
        for (JsonNode name : resumeOnly) {
            Files.deleteIfExists(folder.resolve(name.asText() + ".npy"));
        }
    }

    /** Whether the checkpoint at {@code step} still has its resume-only tensors. */
    public boolean isResumable(long step) throws IOException {
        JsonNode meta = RunJson.read(checkpointFolder(step).resolve(CHECKPOINT_JSON));
        JsonNode r = meta.get("resumable");
        return r == null || r.asBoolean(true);
    }

    /** Reads the checkpoint at {@code step}, validating every file against checkpoint.json. */
    public Checkpoint readCheckpoint(long step) throws IOException {
        Path folder = checkpointFolder(step);
        Path metaFile = folder.resolve(CHECKPOINT_JSON);
        if (!Files.isRegularFile(metaFile)) {
            throw new RunFormatException(folder, "no checkpoint at step " + step);
        }
        JsonNode meta = RunJson.read(metaFile);
        JsonNode shapes = RunJson.field(metaFile, meta, "tensors");
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = shapes.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode shape = e.getValue();
            if (!shape.isArray() || shape.size() != 2 || !shape.get(0).canConvertToInt()
                    || !shape.get(1).canConvertToInt()) {
                throw new RunFormatException(metaFile, "tensor '" + e.getKey() + "' needs a shape [rows, columns]");
            }
            int rows = shape.get(0).asInt();
            int columns = shape.get(1).asInt();
            if (rows < 1 || columns < 1 || rows > MAX_TENSOR_SIDE || columns > MAX_TENSOR_SIDE) {
                throw new RunFormatException(metaFile, "tensor '" + e.getKey() + "' has invalid shape " + shape);
            }
            String name = e.getKey();
            if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new RunFormatException(metaFile, "invalid tensor name '" + name + "'");
            }
            tensors.put(name, new Tensor(rows, columns, MatrixNpy.read(folder.resolve(name + ".npy"), rows, columns)));
        }
        Map<String, long[]> integers = new LinkedHashMap<>();
        JsonNode ints = RunJson.field(metaFile, meta, "integers");
        Iterator<Map.Entry<String, JsonNode>> ii = ints.fields();
        while (ii.hasNext()) {
            Map.Entry<String, JsonNode> e = ii.next();
            if (!e.getValue().isArray()) {
                throw new RunFormatException(metaFile, "integers '" + e.getKey() + "' must be an array");
            }
            long[] values = new long[e.getValue().size()];
            for (int i = 0; i < values.length; i++) {
                JsonNode v = e.getValue().get(i);
                if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                    throw new RunFormatException(metaFile, "integers '" + e.getKey() + "' must hold integers");
                }
                values[i] = v.asLong();
            }
            integers.put(e.getKey(), values);
        }
        List<String> resumeOnly = new ArrayList<>();
        JsonNode r = meta.get("resumeOnly");
        if (r != null && r.isArray()) {
            r.forEach(n -> resumeOnly.add(n.asText()));
        }
        try {
            return new Checkpoint(step, tensors, integers, java.util.Set.copyOf(resumeOnly));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(metaFile, e.getMessage());
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> paths = s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}

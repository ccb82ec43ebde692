package org.dynamicsworkbench.analysis.alrnn.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.analysis.alrnn.train.ModelEvaluation;
import org.dynamicsworkbench.analysis.alrnn.train.TrainerState;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.NewRunFolder;
import org.dynamicsworkbench.analysis.io.SeriesData;
import org.dynamicsworkbench.analysis.io.TrajectoryReader;
import org.dynamicsworkbench.analysis.io.TrajectoryWriter;

/**
 * One AL-RNN run on disk. Checkpoints are written into a hidden temporary folder and renamed into place, so a
 * checkpoint folder either exists complete or not at all; only the latest and the best (lowest D_stsp)
 * checkpoints are kept. Metrics lines are appended per epoch; on resume the lines after the last checkpoint
 * are dropped (they are recomputed identically).
 */
public final class RunDirectory {
    public static final String MANIFEST = "run.json";
    public static final String METRICS = "metrics.jsonl";
    public static final String CHECKPOINTS = "checkpoints";
    private static final Pattern CHECKPOINT_NAME = Pattern.compile("epoch-(\\d{6,})");

    private final Path dir;
    private RunManifest manifest;

    private RunDirectory(Path dir, RunManifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /** Creates a new run in {@code dir}, which must not exist or be an empty folder. */
    public static RunDirectory create(Path dir, RunManifest manifest) throws IOException {
        NewRunFolder.prepare(dir, RunFormatException::new);
        Files.createDirectories(dir.resolve(CHECKPOINTS));
        RunDirectory run = new RunDirectory(dir, manifest);
        run.writeManifest();
        return run;
    }

    /** Whether {@code dir} has a {@code run.json} that names the AL-RNN tool (nothing else is checked). */
    public static boolean isAlRnnRun(Path dir) {
        Path file = dir.resolve(MANIFEST);
        try {
            return Files.isRegularFile(file) && Files.size(file) < (1 << 20)
                    && AtomicFiles.readJson(file).path("tool").asText("").equals(RunManifest.TOOL);
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens an existing run, validating {@code run.json}. */
    public static RunDirectory open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new RunFormatException(dir, "no such run folder");
        }
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new RunFormatException(dir, "not a run folder (no " + MANIFEST + ")");
        }
        return new RunDirectory(dir, RunManifest.fromJson(file, AtomicFiles.readJson(file)));
    }

    public Path path() {
        return dir;
    }

    public RunManifest manifest() {
        return manifest;
    }

    public void setStatus(RunStatus status) throws IOException {
        manifest = manifest.withStatus(status);
        writeManifest();
    }

    private void writeManifest() throws IOException {
        AtomicFiles.writeJson(dir.resolve(MANIFEST), manifest.toJson());
    }

    /** Appends one metrics line. */
    public void appendMetrics(EpochRecord record) throws IOException {
        String line = AtomicFiles.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(recordJson(record)) + "\n";
        Files.writeString(dir.resolve(METRICS), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** The metrics lines, in order. */
    public List<EpochRecord> metrics() throws IOException {
        Path file = dir.resolve(METRICS);
        List<EpochRecord> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(recordFromJson(file, AtomicFiles.JSON.readTree(line)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new RunFormatException(file, "line " + lineNumber + " is not valid JSON");
            }
        }
        return out;
    }

    /** Keeps only the metrics lines up to {@code epoch} (rewritten atomically). */
    public void truncateMetrics(int epoch) throws IOException {
        StringBuilder text = new StringBuilder();
        for (EpochRecord r : metrics()) {
            if (r.epoch() <= epoch) {
                text.append(AtomicFiles.JSON.writer()
                        .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(recordJson(r))).append('\n');
            }
        }
        AtomicFiles.writeText(dir.resolve(METRICS), text.toString());
    }

    /** Writes a complete checkpoint (atomic rename of its folder), then prunes all but the latest and best. */
    public void writeCheckpoint(EpochRecord record, TrainerState state) throws IOException {
        AlRnnShape shape = shape();
        int m = shape.latent();
        String name = String.format("epoch-%06d", state.epoch());
        Path root = dir.resolve(CHECKPOINTS);
        Path temp = Files.createTempDirectory(root, "." + name + ".");
        boolean moved = false;
        try {
            double[] theta = state.theta();
            AlRnn model = new AlRnn(shape, theta);
            TrajectoryWriter.write(temp.resolve("A.npy"), Trajectory.of(1, 0, 1, model.a()));
            TrajectoryWriter.write(temp.resolve("W.npy"), Trajectory.of(m, 0, 1, model.w()));
            TrajectoryWriter.write(temp.resolve("h.npy"), Trajectory.of(1, 0, 1, model.h()));
            if (shape.sizeL() > 0) {
                TrajectoryWriter.write(temp.resolve("L.npy"), Trajectory.of(shape.observed(), 0, 1, model.l()));
            }
            TrajectoryWriter.write(temp.resolve("radam-m.npy"), Trajectory.of(1, 0, 1, state.adamM()));
            TrajectoryWriter.write(temp.resolve("radam-v.npy"), Trajectory.of(1, 0, 1, state.adamV()));
            ObjectNode s = recordJson(record);
            s.put("adamStep", state.adamStep());
            s.put("trainerAlpha", state.alpha());
            s.put("batches", state.batches());
            s.put("randomState", state.randomState());
            AtomicFiles.writeJson(temp.resolve("state.json"), s);
            Path target = root.resolve(name);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                deleteTree(temp);
            }
        }
        prune();
    }

    /** The epochs of the complete checkpoints, ascending. */
    public List<Integer> checkpointEpochs() throws IOException {
        Path root = dir.resolve(CHECKPOINTS);
        List<Integer> epochs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return epochs;
        }
        try (Stream<Path> s = Files.list(root)) {
            s.forEach(p -> {
                Matcher matcher = CHECKPOINT_NAME.matcher(p.getFileName().toString());
                if (matcher.matches() && Files.isDirectory(p)) {
                    epochs.add(Integer.parseInt(matcher.group(1)));
                }
            });
        }
        epochs.sort(Comparator.naturalOrder());
        return epochs;
    }

    public Optional<Checkpoint> latestCheckpoint() throws IOException {
        List<Integer> epochs = checkpointEpochs();
        return epochs.isEmpty() ? Optional.empty() : Optional.of(readCheckpoint(epochs.get(epochs.size() - 1)));
    }

    /** The checkpoint with the lowest finite D_stsp (the latest one if none is finite). */
    public Optional<Checkpoint> bestCheckpoint() throws IOException {
        Checkpoint best = null;
        for (int epoch : checkpointEpochs()) {
            Checkpoint c = readCheckpoint(epoch);
            if (best == null || c.selectionScore() < best.selectionScore()
                    || (c.selectionScore() == Double.POSITIVE_INFINITY
                    && best.selectionScore() == Double.POSITIVE_INFINITY)) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    public Checkpoint readCheckpoint(int epoch) throws IOException {
        AlRnnShape shape = shape();
        Path folder = dir.resolve(CHECKPOINTS).resolve(String.format("epoch-%06d", epoch));
        if (!Files.isDirectory(folder)) {
            throw new RunFormatException(folder, "no such checkpoint");
        }
        double[] a = array(folder.resolve("A.npy"), shape.latent());
        double[] w = array(folder.resolve("W.npy"), shape.latent() * shape.latent());
        double[] h = array(folder.resolve("h.npy"), shape.latent());
        double[] l = shape.sizeL() > 0 ? array(folder.resolve("L.npy"), shape.sizeL()) : new double[0];
        double[] theta = AlRnn.of(shape, a, w, h, l).parameters();
        double[] m = array(folder.resolve("radam-m.npy"), theta.length);
        double[] v = array(folder.resolve("radam-v.npy"), theta.length);
        Path stateFile = folder.resolve("state.json");
        JsonNode s = AtomicFiles.readJson(stateFile);
        EpochRecord record = recordFromJson(stateFile, s);
        if (record.epoch() != epoch) {
            throw new RunFormatException(stateFile, "epoch " + record.epoch() + " does not match the folder (" + epoch + ")");
        }
        TrainerState state = new TrainerState(epoch, theta, m, v, AtomicFiles.integer(stateFile, s, "adamStep"),
                AtomicFiles.number(stateFile, s, "trainerAlpha"), AtomicFiles.integer(stateFile, s, "batches"),
                AtomicFiles.integer(stateFile, s, "randomState"));
        return new Checkpoint(state, record);
    }

    /** The model of a checkpoint. */
    public AlRnn model(Checkpoint checkpoint) {
        return new AlRnn(shape(), checkpoint.state().theta());
    }

    public AlRnnShape shape() {
        return manifest.config().shape(manifest.observed());
    }

    private void prune() throws IOException {
        List<Integer> epochs = checkpointEpochs();
        if (epochs.size() <= 2) {
            return;
        }
        int latest = epochs.get(epochs.size() - 1);
        int best = bestCheckpoint().map(Checkpoint::epoch).orElse(latest);
        for (int e : epochs) {
            if (e != latest && e != best) {
                deleteTree(dir.resolve(CHECKPOINTS).resolve(String.format("epoch-%06d", e)));
            }
        }
    }

    private static double[] array(Path file, int expected) throws IOException {
        SeriesData data = TrajectoryReader.read(file);
        double[] values = data.values();
        if (values.length != expected) {
            throw new RunFormatException(file, "has " + values.length + " values, the model needs " + expected);
        }
        return values;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static ObjectNode recordJson(EpochRecord r) {
        ObjectNode node = AtomicFiles.JSON.createObjectNode();
        node.put("epoch", r.epoch());
        putNumber(node, "loss", r.loss());
        node.put("alpha", r.alpha());
        node.put("lr", r.learningRate());
        ModelEvaluation e = r.evaluation();
        if (e != null) {
            putNumber(node, "dstsp", e.stateSpaceDivergence());
            putNumber(node, "dh", e.hellingerDistance());
            putNumber(node, "pe", e.predictionError());
            node.put("peSteps", e.predictionSteps());
        }
        return node;
    }

    private static void putNumber(ObjectNode node, String name, double v) {
        if (Double.isFinite(v)) {
            node.put(name, v);
        } else {
            node.putNull(name);
        }
    }

    private static double numberOrNaN(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v != null && v.isNumber() ? v.doubleValue() : Double.NaN;
    }

    private static EpochRecord recordFromJson(Path file, JsonNode node) throws RunFormatException {
        int epoch = (int) AtomicFiles.integer(file, node, "epoch");
        ModelEvaluation evaluation = node.has("peSteps")
                ? new ModelEvaluation(numberOrNaN(node, "dstsp"), numberOrNaN(node, "dh"), numberOrNaN(node, "pe"),
                (int) AtomicFiles.integer(file, node, "peSteps"))
                : null;
        return new EpochRecord(epoch, numberOrNaN(node, "loss"), AtomicFiles.number(file, node, "alpha"),
                AtomicFiles.number(file, node, "lr"), evaluation);
    }
}

package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRunner;
import org.dynamicsworkbench.analysis.learning.run.RunListener;
import org.dynamicsworkbench.analysis.learning.run.RunOutcome;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.analysis.learning.run.SweepGrid;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Runs every point of a grid as its own run folder {@code DIR/<key=value,...>}, up to {@code --parallel} at
 * once, then writes {@code DIR/sweep.json} (axes, each point's status and summary) and prints the chosen
 * summary field as a table. Running it again on the same DIR keeps finished runs and resumes the others.
 */
@Command(mixinStandardHelpOptions = true)
final class ExperimentSweepCommand implements Callable<Integer> {
    /** The file a sweep folder is recognised by. */
    static final String SWEEP_FILE = "sweep.json";

    private final ExperimentKind<?> kind;

    @Spec
    CommandSpec spec;

    @Option(names = "--grid", required = true, paramLabel = "KEY=V1,V2,...",
            description = "A swept hyperparameter and its values; give one or two.")
    List<String> grid;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The sweep folder.")
    String out;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Runs at once (default: the number of cores).")
    Integer parallel;

    @Option(names = "--show", paramLabel = "FIELD",
            description = "Summary field printed as the table (default: t_gen when the kind has it).")
    String show;

    @Unmatched
    List<String> options = new ArrayList<>();

    ExperimentSweepCommand(ExperimentKind<?> kind) {
        this.kind = kind;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        return sweepTyped(kind);
    }

    private <C extends ExperimentConfig> int sweepTyped(ExperimentKind<C> k) throws IOException,
            InterruptedException {
        List<SweepGrid.Axis> axes = new ArrayList<>();
        SweepGrid sweep;
        try {
            for (String g : grid) {
                axes.add(SweepGrid.Axis.parse(g));
            }
            sweep = new SweepGrid(axes);
        } catch (ConfigException e) {
            throw new InputException("--grid", e.getMessage().substring("grid: ".length()));
        }
        ExperimentOptions parsed = ExperimentOptions.parse(options);
        String preset = parsed.preset(k);
        ObjectNode base = parsed.configJson(k, preset);
        List<SweepGrid.Point> points;
        try {
            points = sweep.points(base, ExperimentOptions.template(k, preset));
        } catch (ConfigException e) {
            throw new InputException("--grid", e.getMessage().substring("grid: ".length()));
        }
        List<C> configs = new ArrayList<>();
        for (SweepGrid.Point p : points) {
            try {
                configs.add(k.parseConfig(p.config()));
            } catch (ConfigException e) {
                throw new InputException(p.name(), e.getMessage());
            }
        }
        RunPlan plan = parsed.plan(k, preset, configs.get(0));
        Path dir = Path.of(out);
        prepareFolder(dir);
        int threads = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
        if (threads < 1 || threads > 256) {
            throw new InputException("--parallel", "must be between 1 and 256, got " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, points.size()));
        List<Future<RunOutcome>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < points.size(); i++) {
                SweepGrid.Point p = points.get(i);
                C config = configs.get(i);
                futures.add(pool.submit(() -> {
                    RunOutcome o = runPoint(dir.resolve(p.name()), k, config, plan);
                    synchronized (err) {
                        err.println(String.format(Locale.ROOT, "[%d/%d] %s: %s at step %d%s", done.incrementAndGet(),
                                points.size(), p.name(), o.status().label(), o.step(),
                                o.message().isEmpty() ? "" : " (" + o.message() + ")"));
                        err.flush();
                    }
                    return o;
                }));
            }
            List<RunOutcome> outcomes = new ArrayList<>();
            for (Future<RunOutcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(cause);
                }
            }
            ObjectNode result = writeSweepFile(dir, k, sweep, points);
            printTable(spec.commandLine().getOut(), sweep, result);
        } finally {
            pool.shutdownNow();
        }
        return WorkbenchCli.OK;
    }

    private static <C extends ExperimentConfig> RunOutcome runPoint(Path runDir, ExperimentKind<C> k, C config,
                                                                   RunPlan plan) throws IOException {
        if (Files.isRegularFile(runDir.resolve(ExperimentRun.MANIFEST))) {
            ExperimentRun existing = ExperimentRun.open(runDir);
            if (existing.manifest().status() == RunStatus.FINISHED) {
                return new RunOutcome(RunStatus.FINISHED, existing.history().lastStep(), "kept");
            }
            if (existing.manifest().status() == RunStatus.FAILED) {
                return new RunOutcome(RunStatus.FAILED, existing.history().lastStep(), existing.manifest().message());
            }
            return ExperimentRunner.resume(runDir, ExperimentKinds.of(List.of(k)), 0, RunListener.NONE,
                    ProgressListener.NONE, CancellationToken.NEVER);
        }
        return ExperimentRunner.start(runDir, k, config, plan, RunListener.NONE, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    private static void prepareFolder(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new InputException(dir.toString(), "exists and is not a folder");
            }
            boolean empty;
            try (var s = Files.list(dir)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.isRegularFile(dir.resolve(SWEEP_FILE)) && !hasRuns(dir)) {
                throw new InputException(dir.toString(), "is not empty and not a sweep folder");
            }
        } else {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new InputException(dir.toString(), "parent folder does not exist");
            }
            Files.createDirectory(dir);
        }
    }

    private static boolean hasRuns(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isRegularFile(p.resolve(ExperimentRun.MANIFEST)));
        }
    }

    private static <C extends ExperimentConfig> ObjectNode writeSweepFile(Path dir, ExperimentKind<C> k,
                                                                        SweepGrid sweep, List<SweepGrid.Point> points)
            throws IOException {
        ObjectNode root = JsonOutput.object();
        root.put("format", "dynamics-workbench/sweep");
        root.put("formatVersion", 1);
        root.put("kind", k.name());
        ArrayNode axes = root.putArray("axes");
        for (SweepGrid.Axis a : sweep.axes()) {
            ObjectNode axis = axes.addObject();
            axis.put("key", a.key());
            ArrayNode values = axis.putArray("values");
            a.values().forEach(values::add);
        }
        ArrayNode list = root.putArray("points");
        for (SweepGrid.Point p : points) {
            ExperimentRun run = ExperimentRun.open(dir.resolve(p.name()));
            ObjectNode point = list.addObject();
            point.put("row", p.row());
            point.put("column", p.column());
            point.put("run", p.name());
            point.put("status", run.manifest().status().label());
            point.set("summary", ExperimentAnalysis.summary(run));
        }
        Path temp = Files.createTempFile(dir, "." + SWEEP_FILE, ".tmp");
        try {
            Files.writeString(temp, JsonOutput.toText(root));
            Files.move(temp, dir.resolve(SWEEP_FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return root;
    }

    private void printTable(PrintWriter out, SweepGrid sweep, ObjectNode result) {
        JsonNode first = result.get("points").get(0).get("summary");
        String field = show;
        if (field == null) {
            field = first.has("t_gen") ? "t_gen" : first.fieldNames().hasNext() ? first.fieldNames().next() : null;
        }
        if (field == null) {
            return;
        }
        if (!first.has(field)) {
            throw new InputException("--show", "no summary field '" + field + "'");
        }
        SweepGrid.Axis rows = sweep.axes().get(0);
        SweepGrid.Axis columns = sweep.axes().size() > 1 ? sweep.axes().get(1) : null;
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", field + " \\ " + rows.key()));
        if (columns != null) {
            for (String c : columns.values()) {
                header.append(String.format(Locale.ROOT, "%14s", columns.key() + "=" + c));
            }
        } else {
            header.append(String.format(Locale.ROOT, "%14s", field));
        }
        out.println(header);
        int width = columns == null ? 1 : columns.values().size();
        for (int i = 0; i < rows.values().size(); i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", rows.key() + "=" + rows.values().get(i)));
            for (int j = 0; j < width; j++) {
                JsonNode v = result.get("points").get(i * width + j).get("summary").get(field);
                String text = v == null || v.isNull() ? "never" : v.isFloatingPointNumber()
                        ? String.format(Locale.ROOT, "%.4g", v.asDouble()) : v.asText();
                line.append(String.format(Locale.ROOT, "%14s", text));
            }
            out.println(line);
        }
        out.flush();
    }
}

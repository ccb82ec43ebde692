package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.regions.Cycle;
import org.dynamicsworkbench.analysis.alrnn.regions.Cycles;
import org.dynamicsworkbench.analysis.alrnn.regions.Eigenvalues;
import org.dynamicsworkbench.analysis.alrnn.regions.FixedPoint;
import org.dynamicsworkbench.analysis.alrnn.regions.FixedPoints;
import org.dynamicsworkbench.analysis.alrnn.regions.ModelLyapunov;
import org.dynamicsworkbench.analysis.alrnn.regions.SymbolicCode;
import org.dynamicsworkbench.analysis.alrnn.run.AlRnnRun;
import org.dynamicsworkbench.analysis.alrnn.run.Checkpoint;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.train.ModelEvaluation;
import org.dynamicsworkbench.analysis.alrnn.train.ReconstructionMetrics;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingData;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze RUN_DIR} prints an experiment run's headline results (its kind's summary). {@code analyze alrnn RUN_DIR}: reads the run's best checkpoint (lowest D_stsp) and prints its subregions
 * with occupancy along a long free run, the transition matrix, the fixed point of every region (real or
 * virtual, eigenvalues, spectral radius), cycles, the Lyapunov spectrum, D_stsp and D_H beside their data-vs-data
 * baseline (see {@link ReconstructionMetrics}).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Summarises an experiment run, or reads an AL-RNN's piecewise-linear structure (alrnn RUN_DIR).")
final class AnalyzeCommand implements Callable<Integer> {
    private static final int TRANSIENT = 1000;
    private static final int LYAPUNOV_STEPS = 20_000;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "[alrnn] RUN_DIR",
            description = "The run folder: an experiment run (grokking, entropy, ...), or 'alrnn RUN_DIR'.")
    List<String> arguments;

    private String dir;

    @Option(names = "--steps", defaultValue = "100000", description = "Free-run steps for the symbolic code.")
    String steps;

    @Option(names = "--max-order", defaultValue = "4", description = "Highest cycle order searched.")
    String maxOrder;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (arguments.size() == 1) {
            Path only = Path.of(arguments.get(0));
            if (ExperimentRuns.isExperimentRun(only) || !RunDirectory.isAlRnnRun(only)) {
                return analyzeExperiment(only);
            }
            dir = arguments.get(0);
        } else if (!"alrnn".equals(arguments.get(0))) {
            throw new InputException(arguments.get(0), "unknown model (give 'alrnn RUN_DIR', or a run folder alone)");
        } else {
            dir = arguments.get(1);
        }
        int length = NumberArguments.integer(steps, "--steps " + steps, 2, 50_000_000);
        int order = NumberArguments.integer(maxOrder, "--max-order " + maxOrder, 1, 64);
        RunDirectory run = RunDirectory.open(Path.of(dir));
        Checkpoint best = run.bestCheckpoint().orElseThrow(
                () -> new InputException(dir, "has no checkpoint yet (train or resume it first)"));
        AlRnn model = run.model(best);
        TrainingData data = AlRnnRun.loadData(run);
        ModelEvaluation eval = ReconstructionMetrics.evaluate(model, data, run.manifest().config().evalLength());
        ModelEvaluation baseline = ReconstructionMetrics.dataBaseline(data, run.manifest().config().evalLength());
        String truth = data.hasHeldOut() ? "held-out test series" : "training series";
        double[] z0 = new double[model.shape().latent()];
        model.initialState(data.rows(0, 1), z0);
        SymbolicCode code = SymbolicCode.ofFreeRun(model, z0, TRANSIENT, length);
        List<FixedPoint> fixedPoints = model.shape().piecewise() <= FixedPoints.MAX_PIECEWISE_ALL_REGIONS
                ? FixedPoints.ofAllRegions(model) : FixedPoints.of(model, code.visited());
        List<Cycle> cycles = new Cycles(model).find(order, 1L << 16, 10, 20, 1);
        double[] lyapunov = ModelLyapunov.perStep(model, z0, TRANSIENT, LYAPUNOV_STEPS);
        double dt = run.manifest().data().isSystem() ? run.manifest().data().dt() : Double.NaN;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = json(run, best, eval, code, fixedPoints, cycles, lyapunov, dt);
            JsonOutput.putNumber(root, "dstspBaseline", baseline.stateSpaceDivergence());
            JsonOutput.putNumber(root, "dhBaseline", baseline.hellingerDistance());
            root.put("evaluatedOn", truth);
            JsonOutput.print(out, root);
        } else {
            text(out, run, best, eval, code, fixedPoints, cycles, lyapunov, dt);
            out.printf(Locale.ROOT, "data-vs-data baseline (first training rows vs the %s): D_stsp %.4g  D_H %.4g%n",
                    truth, baseline.stateSpaceDivergence(), baseline.hellingerDistance());
        }
        return WorkbenchCli.OK;
    }

    private int analyzeExperiment(Path runDir) throws IOException {
        ExperimentRun run = ExperimentRun.open(runDir);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, ExperimentAnalysis.json(run));
        } else {
            out.println(String.format(Locale.ROOT, "%s: %s, %s at step %d of %d (backend %s)", runDir,
                    run.manifest().kind(), run.manifest().status().label(), run.history().lastStep(),
                    run.manifest().plan().steps(), run.manifest().backend()));
            if (!run.manifest().message().isEmpty()) {
                out.println("  " + run.manifest().message());
            }
            out.println("  " + ExperimentTrainCommand.summaryLine(ExperimentAnalysis.summary(run)));
        }
        return WorkbenchCli.OK;
    }

    private static ObjectNode json(RunDirectory run, Checkpoint best, ModelEvaluation eval, SymbolicCode code,
                                   List<FixedPoint> fps, List<Cycle> cycles, double[] lyapunov, double dt) {
        ObjectNode root = JsonOutput.object();
        root.put("run", run.path().toString());
        root.put("epoch", best.epoch());
        root.put("M", run.shape().latent());
        root.put("P", run.shape().piecewise());
        root.put("N", run.shape().observed());
        JsonOutput.putNumber(root, "dstsp", eval.stateSpaceDivergence());
        JsonOutput.putNumber(root, "dh", eval.hellingerDistance());
        JsonOutput.putNumber(root, "predictionError", eval.predictionError());
        ArrayNode regions = root.putArray("regions");
        int[] visited = code.visited();
        long[] occupancy = code.occupancy();
        for (int i = 0; i < visited.length; i++) {
            ObjectNode r = regions.addObject();
            r.put("index", visited[i]);
            r.put("pattern", AlRnn.pattern(visited[i], run.shape().piecewise()));
            r.put("steps", occupancy[i]);
            r.put("fraction", (double) occupancy[i] / code.length());
        }
        ArrayNode matrix = root.putArray("transitionMatrix");
        double[] p = code.transitionMatrix();
        for (int j = 0; j < visited.length; j++) {
            double[] row = new double[visited.length];
            System.arraycopy(p, j * visited.length, row, 0, visited.length);
            matrix.add(JsonOutput.numbers(row));
        }
        ArrayNode fixed = root.putArray("fixedPoints");
        for (FixedPoint f : fps) {
            ObjectNode o = fixed.addObject();
            o.put("region", f.region());
            o.put("pattern", f.pattern());
            o.put("real", f.real());
            o.set("point", JsonOutput.numbers(f.point()));
            eigen(o, f.eigenvalues());
        }
        ArrayNode cyc = root.putArray("cycles");
        for (Cycle c : cycles) {
            ObjectNode o = cyc.addObject();
            o.put("order", c.order());
            ArrayNode seq = o.putArray("regions");
            for (int r : c.regions()) {
                seq.add(r);
            }
            ArrayNode pts = o.putArray("points");
            for (int i = 0; i < c.order(); i++) {
                pts.add(JsonOutput.numbers(c.point(i)));
            }
            eigen(o, c.eigenvalues());
        }
        root.set("lyapunovPerStep", JsonOutput.numbers(lyapunov));
        if (Double.isFinite(dt)) {
            root.put("dt", dt);
            root.set("lyapunovPerTime", JsonOutput.numbers(perTime(lyapunov, dt)));
        }
        return root;
    }

    private static void eigen(ObjectNode o, Eigenvalues e) {
        o.set("eigenReal", JsonOutput.numbers(e.real()));
        o.set("eigenImaginary", JsonOutput.numbers(e.imaginary()));
        o.put("spectralRadius", e.spectralRadius());
        o.put("stable", e.isStable());
    }

    private static double[] perTime(double[] perStep, double dt) {
        double[] out = perStep.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= dt;
        }
        return out;
    }

    private static void text(PrintWriter out, RunDirectory run, Checkpoint best, ModelEvaluation eval,
                             SymbolicCode code, List<FixedPoint> fps, List<Cycle> cycles, double[] lyapunov,
                             double dt) {
        int n = run.shape().observed();
        out.printf(Locale.ROOT, "%s: AL-RNN M=%d P=%d N=%d, best checkpoint epoch %d%n", run.path(),
                run.shape().latent(), run.shape().piecewise(), n, best.epoch());
        out.printf(Locale.ROOT, "D_stsp %.4g  D_H %.4g  PE(%d) %.4g%n", eval.stateSpaceDivergence(),
                eval.hellingerDistance(), eval.predictionSteps(), eval.predictionError());
        int[] visited = code.visited();
        long[] occupancy = code.occupancy();
        out.printf(Locale.ROOT, "regions visited in %d steps: %d of %d%n", code.length(), visited.length,
                1L << run.shape().piecewise());
        for (int i = 0; i < visited.length; i++) {
            out.printf(Locale.ROOT, "  region %d (%s): %d steps (%.1f%%)%n", visited[i],
                    AlRnn.pattern(visited[i], run.shape().piecewise()), occupancy[i],
                    100.0 * occupancy[i] / code.length());
        }
        out.println("transition matrix (rows: from, columns: to, in the order above):");
        double[] p = code.transitionMatrix();
        for (int j = 0; j < visited.length; j++) {
            StringBuilder row = new StringBuilder("  ");
            for (int k = 0; k < visited.length; k++) {
                row.append(String.format(Locale.ROOT, " %.4f", p[j * visited.length + k]));
            }
            out.println(row);
        }
        out.println("fixed points (observed coordinates):");
        for (FixedPoint f : fps) {
            out.printf(Locale.ROOT, "  region %d (%s): %s %s  spectral radius %.4f (%s)  eigenvalues %s%n",
                    f.region(), f.pattern(), f.real() ? "real   " : "virtual", vector(f.point(), n),
                    f.eigenvalues().spectralRadius(), f.eigenvalues().isStable() ? "stable" : "unstable",
                    eigenText(f.eigenvalues(), 3));
        }
        out.printf(Locale.ROOT, "cycles of order 2..: %d%n", cycles.size());
        for (Cycle c : cycles) {
            out.printf(Locale.ROOT, "  %d-cycle regions %s  spectral radius %.4f (%s)  first point %s%n", c.order(),
                    java.util.Arrays.toString(c.regions()), c.eigenvalues().spectralRadius(),
                    c.eigenvalues().isStable() ? "stable" : "unstable", vector(c.point(0), n));
        }
        StringBuilder ly = new StringBuilder("Lyapunov exponents per step:");
        for (int i = 0; i < Math.min(4, lyapunov.length); i++) {
            ly.append(String.format(Locale.ROOT, " %.5f", lyapunov[i]));
        }
        if (Double.isFinite(dt)) {
            ly.append(String.format(Locale.ROOT, "  (largest per time unit %.4f, dt %g)", lyapunov[0] / dt, dt));
        }
        out.println(ly);
        out.flush();
    }

    private static String vector(double[] z, int n) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            s.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", z[i]));
        }
        return s.append(')').toString();
    }

    private static String eigenText(Eigenvalues e, int count) {
        StringBuilder s = new StringBuilder();
        double[] re = e.real();
        double[] im = e.imaginary();
        for (int i = 0; i < Math.min(count, re.length); i++) {
            s.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f%+.4fi", re[i], im[i]));
        }
        return s.append(re.length > count ? ", ..." : "").toString();
    }
}

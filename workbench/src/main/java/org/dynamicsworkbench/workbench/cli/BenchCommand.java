package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.learning.grokking.GrokkingConfig;
import org.dynamicsworkbench.workbench.bench.AlRnnTrainingBenchmark;
import org.dynamicsworkbench.workbench.bench.BenchPlan;
import org.dynamicsworkbench.workbench.bench.CatalogBenchmark;
import org.dynamicsworkbench.workbench.bench.GrokkingBenchmark;
import org.dynamicsworkbench.workbench.bench.ConceptBenchmark;
import org.dynamicsworkbench.workbench.bench.EntropyBenchmark;
import org.dynamicsworkbench.workbench.bench.IntegrationBenchmark;
import org.dynamicsworkbench.workbench.bench.LazyRichBenchmark;
import org.dynamicsworkbench.workbench.bench.SpectraBenchmark;
import org.dynamicsworkbench.workbench.bench.Timing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: RK4 Lorenz 1e6 steps (with its hand-inlined peer), every catalog flow for 100 periods at
 * 100 points per period (total wall time), AL-RNN training steps, the slider round trip and the frame
 * time for 1e6 points at 1280x800, with the machine they ran on. The two GL rows need a display; without
 * one they are reported as skipped.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures integration speed, the slider round trip and the 3D frame time.",
                "The rendering rows need an X server (e.g. xvfb-run); without one they are skipped."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--quick", description = "Small sizes and few runs (checks that everything runs; not for figures).")
    boolean quick;

    @Option(names = "--spectra", description = "Also time PECCARY, EDMD and pseudospectra (with numpy as the peer"
            + " when python3 has it).")
    boolean spectra;

    @Option(names = "--learning", description = "Also time the training-dynamics experiments on one thread: grokking"
            + " steps (primary preset in Java, large preset in Java and on ND4J; set OMP_NUM_THREADS=1), lazy-rich"
            + " steps, the entropy bandit's 1500 steps, concept-DDPM training steps and one concept evaluation.")
    boolean learning;

    @Override
    public Integer call() {
        BenchPlan plan = quick ? BenchPlan.quick() : BenchPlan.full();
        List<Timing> timings = new ArrayList<>();
        timings.add(IntegrationBenchmark.rk4Lorenz(plan));
        timings.add(IntegrationBenchmark.inlinedPeer(plan));
        timings.add(CatalogBenchmark.allFlows(plan));
        timings.add(AlRnnTrainingBenchmark.optimiserSteps(plan));
        if (spectra) {
            timings.addAll(new SpectraBenchmark(plan, quick).run());
        }
        if (learning) {
            timings.add(GrokkingBenchmark.primaryJava(plan, quick ? 10 : 100));
            timings.add(GrokkingBenchmark.large(GrokkingConfig.Backend.JAVA, plan, quick ? 1 : 10));
            timings.add(GrokkingBenchmark.large(GrokkingConfig.Backend.ND4J, plan, quick ? 1 : 10));
            timings.add(LazyRichBenchmark.gradientSteps(plan));
            timings.add(EntropyBenchmark.run(plan));
            timings.add(ConceptBenchmark.trainingSteps(plan));
            timings.add(ConceptBenchmark.evaluation(plan));
        }
        String gl;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            gl = "none (no DISPLAY)";
            timings.add(Timing.skipped("slider round trip", "no display (run under xvfb-run)"));
            timings.add(Timing.skipped("frame time", "no display (run under xvfb-run)"));
        } else {
            GlBenchRows rows = GlBenchRows.run(plan);
            gl = rows.glDescription();
            timings.addAll(rows.timings());
        }
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
        int cores = Runtime.getRuntime().availableProcessors();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = JsonOutput.object();
            ObjectNode machine = root.putObject("machine");
            machine.put("cores", cores);
            machine.put("java", java);
            machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            machine.put("gl", gl);
            root.put("quick", quick);
            ArrayNode results = root.putArray("results");
            for (Timing t : timings) {
                ObjectNode row = results.addObject();
                row.put("name", t.name());
                if (t.isSkipped()) {
                    row.put("skipped", t.skippedBecause());
                } else {
                    row.put("medianMs", t.medianMs());
                    row.put("minMs", t.minMs());
                    row.put("runs", t.runs());
                }
            }
            JsonOutput.print(out, root);
        } else {
            int width = timings.stream().mapToInt(t -> t.name().length()).max().orElse(10);
            String format = "%-" + width + "s  %10s  %10s  %5s%n";
            out.printf(Locale.ROOT, format, "benchmark", "median ms", "min ms", "runs");
            for (Timing t : timings) {
                if (t.isSkipped()) {
                    out.printf(Locale.ROOT, "%-" + width + "s  skipped: %s%n", t.name(), t.skippedBecause());
                } else {
                    out.printf(Locale.ROOT, format, t.name(), String.format(Locale.ROOT, "%.2f", t.medianMs()),
                            String.format(Locale.ROOT, "%.2f", t.minMs()), t.runs());
                }
            }
            out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s %s%n", cores, java, System.getProperty("os.name"),
                    System.getProperty("os.arch"));
            out.printf(Locale.ROOT, "OpenGL: %s%n", gl);
            if (quick) {
                out.println("(quick run: small sizes, not for reporting)");
            }
            out.flush();
        }
        return WorkbenchCli.OK;
    }
}

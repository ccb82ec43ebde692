package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.ordinal.ComplexityBounds;
import org.dynamicsworkbench.analysis.ordinal.HcPoint;
import org.dynamicsworkbench.analysis.ordinal.PeriodicBand;
import org.dynamicsworkbench.analysis.ordinal.SamplingAdvice;
import org.dynamicsworkbench.analysis.ordinal.TauSweep;
import org.dynamicsworkbench.analysis.ordinal.TauSweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peccary}: permutation entropy H and statistical complexity C of one column of a file or a
 * catalog system's trajectory, at one delay or over a delay range, with the region of the plane and
 * peccary's ideal-sampling advice.
 */
@Command(name = "peccary", mixinStandardHelpOptions = true,
        description = {"Permutation entropy H and statistical complexity C (the PECCARY complexity-entropy plane)",
                "of a column of FILE.npy/FILE.csv or of a catalog SYSTEM's trajectory (integrated as by 'integrate')."})
final class PeccaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SystemOptions options;

    @Option(names = "--column", paramLabel = "K", defaultValue = "0",
            description = "Column by 0-based index or header name (default: ${DEFAULT-VALUE}).")
    String column;

    @Option(names = "--n", paramLabel = "N", defaultValue = "5",
            description = "Embedding dimension (pattern length), 3..8 (default: ${DEFAULT-VALUE}).")
    String dimension;

    @Option(names = "--tau", paramLabel = "TAU", description = "Delay in samples (default: 1).")
    String tau;

    @Option(names = "--tau-sweep", paramLabel = "FROM:TO", description = "Every delay FROM..TO, e.g. 1:100.")
    String tauSweep;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        int n = NumberArguments.integer(dimension, "--n " + dimension, 3, 8);
        if (tau != null && tauSweep != null) {
            throw new InputException("--tau " + tau + " --tau-sweep " + tauSweep, "give one of --tau and --tau-sweep");
        }
        int[] taus = tauSweep == null ? new int[] {tau == null ? 1 : NumberArguments.integer(tau, "--tau " + tau, 1,
                1_000_000)} : sweep(tauSweep);
        SeriesSource source = SeriesSource.load(options);
        int columnIndex = source.columnIndex(column);
        String name = source.name() + " column " + source.columnNames().get(columnIndex);
        double[] series = source.column(columnIndex);
        TauSweepResult result = TauSweep.run(series, name, n, taus,
                Math.max(1, Math.min(taus.length, Runtime.getRuntime().availableProcessors())));
        PeriodicBand band = new ComplexityBounds(n).periodicBand();
        SamplingAdvice advice = advice(series, source.dt(), n);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = JsonOutput.object();
            root.put("input", source.name());
            root.put("column", source.columnNames().get(columnIndex));
            root.put("samples", series.length);
            root.put("dt", source.dt());
            root.put("n", n);
            ObjectNode bandNode = root.putObject("periodicBand");
            bandNode.put("Hmin", band.minEntropy());
            bandNode.put("Hmax", band.maxEntropy());
            bandNode.put("CmaxAtHmin", band.cmaxAtMin());
            bandNode.put("CmaxAtHmax", band.cmaxAtMax());
            ArrayNode rows = root.putArray("results");
            for (int i = 0; i < result.size(); i++) {
                ObjectNode row = rows.addObject();
                HcPoint point = result.point(i);
                row.put("tau", result.taus()[i]);
                row.put("tPat", SamplingAdvice.patternTime(result.taus()[i], source.dt(), n));
                row.put("H", point.entropy());
                row.put("C", point.complexity());
                row.put("patterns", result.distinctPatterns()[i]);
                row.put("region", band.regionOf(point).label());
            }
            if (advice != null) {
                ObjectNode a = root.putObject("samplingAdvice");
                a.put("tNat", advice.naturalTime());
                a.put("idealTau", advice.idealDelay());
                a.put("lowestTau", advice.lowestDelay());
                a.put("highestTau", advice.highestDelay());
                a.put("durationSufficient", advice.durationSufficient());
                a.put("text", advice.describe(source.dt(), n));
            }
            JsonOutput.print(out, root);
            return WorkbenchCli.OK;
        }
        out.printf(Locale.ROOT, "%s: %d samples, n = %d, dt %g%n", name, series.length, n, source.dt());
        out.printf(Locale.ROOT, "%6s  %10s  %10s  %8s  %s%n", "tau", "H", "C", "patterns", "region");
        for (int i = 0; i < result.size(); i++) {
            HcPoint point = result.point(i);
            out.printf(Locale.ROOT, "%6d  %10.6f  %10.6f  %8d  %s%n", result.taus()[i], point.entropy(),
                    point.complexity(), result.distinctPatterns()[i], band.regionOf(point).label());
        }
        out.printf(Locale.ROOT, "periodic band: H %.4f..%.4f%n", band.minEntropy(), band.maxEntropy());
        out.println(advice == null ? "sampling advice: none (the series never crosses its mean)"
                : "sampling advice: " + advice.describe(source.dt(), n));
        out.flush();
        return WorkbenchCli.OK;
    }

    private static SamplingAdvice advice(double[] series, double dt, int n) {
        try {
            return SamplingAdvice.of(series, dt, n, SamplingAdvice.Timescale.MEAN_CROSSINGS);
        } catch (IllegalArgumentException noCrossings) {
            return null;
        }
    }

    static int[] sweep(String text) {
        String input = "--tau-sweep " + text;
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw new InputException(input, "expected FROM:TO, e.g. 1:100");
        }
        int from = NumberArguments.integer(parts[0], input, 1, 1_000_000);
        int to = NumberArguments.integer(parts[1], input, from, 1_000_000);
        return TauSweep.range(from, to);
    }
}

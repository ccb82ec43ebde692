package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.dynamicsworkbench.analysis.koopman.DelayEmbedding;
import org.dynamicsworkbench.analysis.koopman.Dictionary;
import org.dynamicsworkbench.analysis.koopman.Edmd;
import org.dynamicsworkbench.analysis.koopman.EdmdModel;
import org.dynamicsworkbench.analysis.koopman.EdmdOptions;
import org.dynamicsworkbench.analysis.koopman.Eigenpairs;
import org.dynamicsworkbench.analysis.koopman.MonomialDictionary;
import org.dynamicsworkbench.analysis.koopman.Pseudospectrum;
import org.dynamicsworkbench.analysis.koopman.RadialBasisDictionary;
import org.dynamicsworkbench.analysis.koopman.ResDmd;
import org.dynamicsworkbench.analysis.koopman.SnapshotPairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code koopman}: EDMD of a file's rows or a catalog system's trajectory (consecutive rows are snapshot
 * pairs) with a chosen dictionary: eigenvalues with |lambda|, frequency and growth rate (using the real
 * dt), optional ResDMD residuals and a pseudospectrum on a grid.
 */
@Command(name = "koopman", mixinStandardHelpOptions = true,
        description = {"Koopman spectrum by EDMD of FILE.npy/FILE.csv (all columns) or a catalog SYSTEM's trajectory,",
                "with ResDMD residuals and pseudospectra. A SYSTEM's unbounded coordinates (a forcing phase) enter",
                "as cos and sin, as in dysts."})
final class KoopmanCommand implements Callable<Integer> {
    private static final int MAX_GRID = 400;
    /** EDMD's QR factor is (2N)^2 doubles: 1000 observables need 32 MB. */
    private static final int MAX_OBSERVABLES = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    SystemOptions options;

    @Option(names = "--dictionary", paramLabel = "poly:D|rbf:K|delay:Q", defaultValue = "poly:3",
            description = "Monomials up to degree D, K radial basis functions (k-means centres), or the constant"
                    + " and Q delays of every column (default: ${DEFAULT-VALUE}).")
    String dictionary;

    @Option(names = "--residuals", description = "Compute the ResDMD residual of every eigenpair.")
    boolean residuals;

    @Option(names = "--pseudospectrum", paramLabel = "GRID",
            description = "tau_N(z) on N x N points of [-1.5,1.5]^2, or on RE0:RE1:NRE,IM0:IM1:NIM.")
    String pseudospectrum;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String[] kind = dictionarySpec(dictionary);
        double[][] grid = pseudospectrum == null ? null : grid(pseudospectrum);
        SeriesSource source = SeriesSource.loadWholeState(options);
        if (source.length() < 2) {
            throw new InputException(source.name(), "needs at least 2 rows to form a snapshot pair, got "
                    + source.length());
        }
        SnapshotPairs pairs;
        Dictionary dict;
        String input = "--dictionary " + dictionary;
        try {
            switch (kind[0]) {
                case "poly" -> {
                    pairs = SnapshotPairs.fromTrajectory(source.columns(), source.values());
                    dict = MonomialDictionary.upToDegree(source.columns(), NumberArguments.integer(kind[1], input, 1, 12));
                }
                case "rbf" -> {
                    pairs = SnapshotPairs.fromTrajectory(source.columns(), source.values());
                    int count = NumberArguments.integer(kind[1], input, 1, MAX_OBSERVABLES);
                    dict = RadialBasisDictionary.fromData(pairs, count, RadialBasisDictionary.Shape.EXPONENTIAL, 1);
                }
                default -> {
                    int delays = NumberArguments.integer(kind[1], input, 1, 10_000);
                    pairs = DelayEmbedding.pairs(source.columns(), source.values(), delays);
                    dict = DelayEmbedding.dictionary(pairs);
                }
            }
            if (dict.size() > MAX_OBSERVABLES) {
                throw new InputException(input, "the dictionary has " + dict.size() + " observables; at most "
                        + MAX_OBSERVABLES + " are allowed");
            }
            if (dict.size() > pairs.size()) {
                throw new InputException(input, "the dictionary has " + dict.size() + " observables, more than the "
                        + pairs.size() + " snapshot pairs of " + source.name());
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(input + " on " + source.name(), e.getMessage(), e);
        }
        EdmdModel model = Edmd.fit(pairs, dict, EdmdOptions.stable());
        Eigenpairs eigen = model.eigenpairs();
        double[] res = residuals ? ResDmd.residuals(model) : null;
        int[] order = IntStream.range(0, eigen.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> -eigen.modulus(k))
                        .thenComparingDouble(k -> -eigen.valueIm(k)))
                .mapToInt(Integer::intValue).toArray();
        Pseudospectrum ps = grid == null ? null
                : ResDmd.pseudospectrum(model, grid[0], grid[1], Runtime.getRuntime().availableProcessors());
        double dt = source.dt();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = JsonOutput.object();
            root.put("input", source.name());
            root.put("dictionary", dictionary);
            root.put("observables", dict.size());
            root.put("snapshotPairs", pairs.size());
            root.put("dt", dt);
            ArrayNode rows = root.putArray("eigenvalues");
            for (int k : order) {
                ObjectNode row = rows.addObject();
                double[] rate = model.continuousTime(k, dt);
                row.put("re", eigen.valueRe(k));
                row.put("im", eigen.valueIm(k));
                row.put("modulus", eigen.modulus(k));
                row.put("growthRate", rate[0]);
                row.put("angularFrequency", rate[1]);
                if (res != null) {
                    row.put("residual", res[k]);
                }
            }
            if (ps != null) {
                ObjectNode p = root.putObject("pseudospectrum");
                p.set("re", JsonOutput.numbers(ps.re()));
                p.set("im", JsonOutput.numbers(ps.im()));
                p.set("tau", JsonOutput.numbers(ps.tau()));
            }
            JsonOutput.print(out, root);
            return WorkbenchCli.OK;
        }
        out.printf(Locale.ROOT, "%s: %d snapshot pairs, dictionary %s (%d observables), dt %g%n", source.name(),
                pairs.size(), dictionary, dict.size(), dt);
        out.printf(Locale.ROOT, "%4s  %12s  %12s  %10s  %12s  %12s%s%n", "#", "Re lambda", "Im lambda", "|lambda|",
                "growth /t", "omega rad/t", res == null ? "" : "      residual");
        for (int i = 0; i < order.length; i++) {
            int k = order[i];
            double[] rate = model.continuousTime(k, dt);
            out.printf(Locale.ROOT, "%4d  %12.6f  %12.6f  %10.6f  %12.5g  %12.5g%s%n", i, eigen.valueRe(k),
                    eigen.valueIm(k), eigen.modulus(k), rate[0], rate[1],
                    res == null ? "" : String.format(Locale.ROOT, "  %12.3e", res[k]));
        }
        if (ps != null) {
            double[] tau = ps.tau();
            int best = 0;
            for (int p = 1; p < tau.length; p++) {
                if (tau[p] < tau[best]) {
                    best = p;
                }
            }
            out.printf(Locale.ROOT, "pseudospectrum: %d x %d grid, tau_N from %.4g (at %.4g%+.4gi) to %.4g"
                    + " (--json for the values)%n", grid[0].length, grid[1].length, tau[best],
                    grid[0][best % grid[0].length], grid[1][best / grid[0].length],
                    java.util.Arrays.stream(tau).max().orElse(0));
        }
        out.flush();
        return WorkbenchCli.OK;
    }

    static String[] dictionarySpec(String text) {
        String input = "--dictionary " + text;
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 2 || !(parts[0].equals("poly") || parts[0].equals("rbf") || parts[0].equals("delay"))) {
            throw new InputException(input, "expected poly:D, rbf:K or delay:Q");
        }
        return parts;
    }

    static double[][] grid(String text) {
        String input = "--pseudospectrum " + text;
        String[] axes = text.split(",", -1);
        if (axes.length == 1) {
            int n = NumberArguments.integer(axes[0], input, 2, MAX_GRID);
            double[] axis = Pseudospectrum.axis(-1.5, 1.5, n);
            return new double[][] {axis, axis.clone()};
        }
        if (axes.length != 2) {
            throw new InputException(input, "expected N or RE0:RE1:NRE,IM0:IM1:NIM");
        }
        return new double[][] {axis(axes[0], input), axis(axes[1], input)};
    }

    private static double[] axis(String text, String input) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new InputException(input, "each axis is FROM:TO:COUNT, got '" + text + "'");
        }
        double from = NumberArguments.finite(parts[0], input);
        double to = NumberArguments.finite(parts[1], input);
        int count = NumberArguments.integer(parts[2], input, 2, MAX_GRID);
        if (!(to > from)) {
            throw new InputException(input, "an axis needs FROM < TO, got '" + text + "'");
        }
        return Pseudospectrum.axis(from, to, count);
    }
}

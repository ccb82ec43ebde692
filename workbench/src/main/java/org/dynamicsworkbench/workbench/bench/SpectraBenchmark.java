package org.dynamicsworkbench.workbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.TrajectoryWriter;
import org.dynamicsworkbench.analysis.koopman.Edmd;
import org.dynamicsworkbench.analysis.koopman.EdmdModel;
import org.dynamicsworkbench.analysis.koopman.EdmdOptions;
import org.dynamicsworkbench.analysis.koopman.MonomialDictionary;
import org.dynamicsworkbench.analysis.koopman.Pseudospectrum;
import org.dynamicsworkbench.analysis.koopman.ResDmd;
import org.dynamicsworkbench.analysis.koopman.SnapshotPairs;
import org.dynamicsworkbench.analysis.ordinal.OrdinalPatterns;
import org.dynamicsworkbench.analysis.ordinal.TauSweep;

/**
 * The spectra rows of {@code bench --spectra}: PECCARY pattern counting per delay on one core, the tau
 * sweep 1..50 on every core, EDMD of Lorenz snapshot pairs with degree-3 monomials (20 observables) in
 * both accumulations, and a pseudospectrum grid; plus numpy's least-squares EDMD on the same data when
 * python3 with numpy is installed (the peer, run as a subprocess in the same run).
 */
public final class SpectraBenchmark {
    private static final double DT = 0.01;
    private static volatile double sink;

    private final int samples;
    private final int pairs;
    private final int grid;
    private final BenchPlan plan;
    private final double[] series;
    private final SnapshotPairs snapshots;

    /** Full sizes: 1e6 samples, 1e5 pairs, a 100 x 100 grid; quick sizes for tests. */
    public SpectraBenchmark(BenchPlan plan, boolean quick) {
        this.plan = plan;
        this.samples = quick ? 20_000 : 1_000_000;
        this.pairs = quick ? 5_000 : 100_000;
        this.grid = quick ? 8 : 100;
        double[] states = IntegrationBenchmark.inlinedLorenzRk4(IntegrationBenchmark.initialCondition(), DT,
                Math.max(samples, pairs));
        this.series = new double[samples];
        for (int i = 0; i < samples; i++) {
            series[i] = states[3 * i];
        }
        this.snapshots = SnapshotPairs.fromTrajectory(3, java.util.Arrays.copyOf(states, 3 * (pairs + 1)));
    }

    public List<Timing> run() {
        List<Timing> rows = new ArrayList<>();
        String size = IntegrationBenchmark.steps(samples);
        int[] cycle = {0};
        rows.add(IntegrationBenchmark.measure("PECCARY n=5, one tau, " + size + " samples (one core)", plan, () -> {
            int tau = 1 + cycle[0]++ % 50;
            sink = new OrdinalPatterns(5, tau).count(series, "x").windows();
        }));
        int cores = Runtime.getRuntime().availableProcessors();
        rows.add(IntegrationBenchmark.measure("PECCARY n=5, taus 1..50, " + size + " samples (" + cores + " threads)",
                plan, () -> sink = TauSweep.run(series, "x", 5, TauSweep.range(1, 50), cores).entropy()[0]));
        String pairLabel = IntegrationBenchmark.steps(pairs) + " Lorenz pairs, 20 monomials";
        MonomialDictionary cubic = MonomialDictionary.upToDegree(3, 3);
        rows.add(IntegrationBenchmark.measure("EDMD " + pairLabel + " (Gram, one core)", plan,
                () -> sink = Edmd.fit(snapshots, cubic, EdmdOptions.fast()).eigenpairs().valueRe(0)));
        rows.add(IntegrationBenchmark.measure("EDMD " + pairLabel + " (Gram, " + cores + " threads)", plan,
                () -> sink = Edmd.fit(snapshots, cubic, EdmdOptions.fast().withThreads(cores)).eigenpairs().valueRe(0)));
        rows.add(IntegrationBenchmark.measure("EDMD " + pairLabel + " (QR, one core)", plan,
                () -> sink = Edmd.fit(snapshots, cubic, EdmdOptions.stable()).eigenpairs().valueRe(0)));
        EdmdModel model = Edmd.fit(snapshots, cubic, EdmdOptions.stable());
        double[] axis = Pseudospectrum.axis(-1.5, 1.5, grid);
        BenchPlan once = new BenchPlan(plan.rk4Steps(), plan.sliderSteps(), plan.framePoints(), plan.width(),
                plan.height(), 1, Math.min(plan.timedRuns(), 3));
        rows.add(IntegrationBenchmark.measure("pseudospectrum " + grid + "x" + grid + ", 20 observables (" + cores
                + " threads)", once, () -> sink = ResDmd.pseudospectrum(model, axis, axis, cores).tau()[0]));
        rows.add(numpyPeer());
        return rows;
    }

    /** numpy: lift to the same 20 monomials and solve by lstsq, median of timed runs, in one python process. */
    private Timing numpyPeer() {
        String name = "EDMD " + IntegrationBenchmark.steps(pairs) + " Lorenz pairs, numpy lift + lstsq (peer)";
        Path folder = null;
        try {
            folder = Files.createTempDirectory("spectra-bench");
            Path x = folder.resolve("x.npy");
            Path y = folder.resolve("y.npy");
            TrajectoryWriter.write(x, Trajectory.of(3, 0, DT, snapshots.x()));
            TrajectoryWriter.write(y, Trajectory.of(3, 0, DT, snapshots.y()));
            String script = String.join("\n",
                    "import sys, time, numpy as np",
                    "X = np.load(sys.argv[1]); Y = np.load(sys.argv[2])",
                    "E = [(a, b, d - a - b) for d in range(4) for a in range(d, -1, -1) for b in range(d - a, -1, -1)]",
                    "def lift(S): return np.stack([S[:,0]**a * S[:,1]**b * S[:,2]**c for a, b, c in E], axis=1)",
                    "ts = []",
                    "for i in range(" + (plan.warmupRuns() + plan.timedRuns()) + "):",
                    "    t = time.perf_counter(); K = np.linalg.lstsq(lift(X), lift(Y), rcond=None)[0]; np.linalg.eigvals(K)",
                    "    ts.append(time.perf_counter() - t)",
                    "ts = sorted(ts[" + plan.warmupRuns() + ":])",
                    "print(' '.join(str(int(t * 1e9)) for t in ts))");
            Process process = new ProcessBuilder("python3", "-c", script, x.toString(), y.toString())
                    .redirectErrorStream(true).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Timing.skipped(name, "python3 did not finish in 300 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                return Timing.skipped(name, "python3 with numpy is not available");
            }
            String[] parts = output.split("\\s+");
            long[] nanos = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                nanos[i] = Long.parseLong(parts[i]);
            }
            return Timing.of(name, nanos);
        } catch (IOException | NumberFormatException e) {
            return Timing.skipped(name, "python3 with numpy is not available");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Timing.skipped(name, "interrupted");
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

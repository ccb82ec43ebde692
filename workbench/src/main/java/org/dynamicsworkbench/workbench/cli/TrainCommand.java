package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dynamicsworkbench.analysis.alrnn.run.AlRnnRun;
import org.dynamicsworkbench.analysis.alrnn.run.DataSource;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.run.RunManifest;
import org.dynamicsworkbench.analysis.alrnn.run.RunStatus;
import org.dynamicsworkbench.analysis.alrnn.train.AlRnnTrainer;
import org.dynamicsworkbench.analysis.alrnn.train.DivergedTrainingException;
import org.dynamicsworkbench.analysis.alrnn.train.ForcingMode;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingConfig;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingData;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.SeriesData;
import org.dynamicsworkbench.analysis.io.TrajectoryReader;
import org.dynamicsworkbench.analysis.io.TrajectoryWriter;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.UnknownSystemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train alrnn} (a subcommand of {@link TrainGroup}): trains an AL-RNN on a catalog system (integrated and standardised) or a data file and
 * writes a run directory; progress lines go to stderr. Every input is checked before the run folder is made;
 * a diverging run keeps its last good checkpoint and exits with code 2.
 */
@Command(name = "alrnn", mixinStandardHelpOptions = true,
        description = "Trains an almost-linear RNN and writes a run directory.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "SYSTEM|FILE",
            description = "A catalog system (e.g. Lorenz) or a .npy/.csv file with one column per component.")
    String data;

    @Option(names = "--out", required = true, paramLabel = "RUN_DIR", description = "The new run folder.")
    String out;

    @Option(names = "--M", defaultValue = "20", description = "Latent dimension (default ${DEFAULT-VALUE}).")
    String latent;
    @Option(names = "--P", defaultValue = "2", description = "Piecewise-linear units (default ${DEFAULT-VALUE}).")
    String piecewise;
    @Option(names = "--forcing", defaultValue = "sparse", description = "sparse, gtf-fixed or gtf-adaptive.")
    String forcing;
    @Option(names = "--tau", defaultValue = "16", description = "Sparse forcing interval (default ${DEFAULT-VALUE}).")
    String tau;
    @Option(names = "--alpha", defaultValue = "1", description = "GTF alpha (fixed, or the adaptive start).")
    String alpha;
    @Option(names = "--epochs", defaultValue = "2000", description = "Epochs (default ${DEFAULT-VALUE}).")
    String epochs;
    @Option(names = "--batches-per-epoch", defaultValue = "50", description = "Optimiser steps per epoch.")
    String batchesPerEpoch;
    @Option(names = "--seq-len", defaultValue = "200", description = "Window length in steps.")
    String seqLen;
    @Option(names = "--batch", defaultValue = "16", description = "Windows per batch.")
    String batch;
    @Option(names = "--lr", defaultValue = "1e-3", description = "Initial learning rate.")
    String lr;
    @Option(names = "--lr-end", defaultValue = "1e-5", description = "Learning rate after the last epoch.")
    String lrEnd;
    @Option(names = "--noise", defaultValue = "0.05", description = "Training noise (standard deviation).")
    String noise;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of the run.")
    String seed;
    @Option(names = "--checkpoint-every", defaultValue = "25", description = "Epochs between checkpoints.")
    String checkpointEvery;
    @Option(names = "--rows", defaultValue = "100000", description = "Samples of a catalog system.")
    String rows;
    @Option(names = "--dt", description = "Sampling step of a catalog system (default: period / 100).")
    String dt;

    @Override
    public Integer call() throws IOException {
        TrainingConfig config = config();
        Path dir = Path.of(out);
        if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
            throw new InputException("--out " + out, "exists and is not an empty folder (use 'resume " + out + "')");
        }
        Path file = Path.of(data);
        DataSource source;
        TrainingData training;
        SeriesData copy = null;
        if (Files.isRegularFile(file)) {
            copy = TrajectoryReader.read(file);
            training = TrainingData.standardize(file.toString(), copy.columns(), copy.values());
            source = DataSource.file("data.npy");
        } else {
            String name;
            try {
                name = SystemCatalog.builtin().require(data).name();
            } catch (UnknownSystemException e) {
                throw new InputException("--data " + data, "neither a file nor a catalog system (" + e.getMessage()
                        + ")", e);
            }
            double step = dt == null ? SystemCatalog.builtin().require(name).metadata().defaultSamplingStep()
                    : NumberArguments.positive(dt, "--dt " + dt);
            int n = NumberArguments.integer(rows, "--rows " + rows, 2, 10_000_000);
            source = DataSource.system(name, step, n, 1000, "rk4");
            training = source.load(Path.of("."));
        }
        // Checks N <= M and the series length before anything is written.
        try {
            new AlRnnTrainer(config, training, AlRnnTrainer.initialState(config, training.columns()));
        } catch (IllegalArgumentException e) {
            throw new InputException("--data " + data, e.getMessage(), e);
        }
        RunDirectory run = RunDirectory.create(dir, new RunManifest(config, source, training.columns(),
                RunStatus.RUNNING));
        if (copy != null) {
            TrajectoryWriter.write(dir.resolve("data.npy"), Trajectory.of(copy.columns(), 0, 1, copy.values()));
        }
        return ResumeCommand.trainAndReport(run, spec.commandLine().getErr(), spec.commandLine().getOut());
    }

    private TrainingConfig config() {
        try {
            return TrainingConfig.builder()
                    .latent(NumberArguments.integer(latent, "--M " + latent, 1, 10_000))
                    .piecewise(NumberArguments.integer(piecewise, "--P " + piecewise, 0, 10_000))
                    .forcing(ForcingMode.fromLabel(forcing))
                    .tau(NumberArguments.integer(tau, "--tau " + tau, 1, 1_000_000))
                    .gtfAlpha(NumberArguments.finite(alpha, "--alpha " + alpha))
                    .epochs(NumberArguments.integer(epochs, "--epochs " + epochs, 1, 10_000_000))
                    .batchesPerEpoch(NumberArguments.integer(batchesPerEpoch, "--batches-per-epoch " + batchesPerEpoch,
                            1, 10_000_000))
                    .seqLen(NumberArguments.integer(seqLen, "--seq-len " + seqLen, 1, 1_000_000))
                    .batch(NumberArguments.integer(batch, "--batch " + batch, 1, 1_000_000))
                    .lrStart(NumberArguments.positive(lr, "--lr " + lr))
                    .lrEnd(NumberArguments.positive(lrEnd, "--lr-end " + lrEnd))
                    .noise(NumberArguments.finite(noise, "--noise " + noise))
                    .seed(Long.parseLong(seed.strip()))
                    .checkpointInterval(NumberArguments.integer(checkpointEvery, "--checkpoint-every " + checkpointEvery,
                            1, 10_000_000))
                    .build();
        } catch (NumberFormatException e) {
            throw new InputException("--seed " + seed, "not an integer", e);
        } catch (IllegalArgumentException e) {
            throw new InputException("train alrnn", e.getMessage(), e);
        }
    }

    static String progressLine(org.dynamicsworkbench.analysis.alrnn.train.EpochRecord r, int total, double seconds) {
        double eta = seconds / Math.max(1, r.epoch()) * (total - r.epoch());
        String line = String.format(Locale.ROOT, "epoch %d/%d  loss %.5g  alpha %.3g  lr %.3g  ETA %.0fs",
                r.epoch(), total, r.loss(), r.alpha(), r.learningRate(), eta);
        if (r.evaluation() != null) {
            line += String.format(Locale.ROOT, "  D_stsp %.4g  D_H %.4g  PE(%d) %.4g",
                    r.evaluation().stateSpaceDivergence(), r.evaluation().hellingerDistance(),
                    r.evaluation().predictionSteps(), r.evaluation().predictionError());
        }
        return line;
    }

}

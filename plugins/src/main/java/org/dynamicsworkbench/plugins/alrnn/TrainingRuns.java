package org.dynamicsworkbench.plugins.alrnn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dynamicsworkbench.analysis.alrnn.run.DataSource;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.run.RunManifest;
import org.dynamicsworkbench.analysis.alrnn.run.RunStatus;
import org.dynamicsworkbench.analysis.alrnn.train.AlRnnTrainer;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingConfig;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingData;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.SeriesData;
import org.dynamicsworkbench.analysis.io.TrajectoryReader;
import org.dynamicsworkbench.analysis.io.TrajectoryWriter;
import org.dynamicsworkbench.analysis.system.SystemCatalog;

/**
 * Creates a run directory for a {@link TrainingSetup}, as {@code train alrnn} does: a catalog system is recorded
 * by name (sampled at its default step, 100000 rows after a transient of 1000, RK4) and re-integrated on resume; a
 * file is copied into the run as {@code data.npy}. Everything is checked (data, N &lt;= M, the series length)
 * before the folder is made.
 */
final class TrainingRuns {
    static final int SYSTEM_ROWS = 100_000;
    static final int SYSTEM_TRANSIENT = 1000;

    private TrainingRuns() {
    }

    /**
     * @throws IllegalArgumentException naming the data or the setting that is wrong
     * @throws IOException              when the folder cannot be written (or is not empty)
     */
    static RunDirectory create(TrainingSetup setup, Path dir) throws IOException {
        TrainingConfig config = setup.toConfig();
        Path file = Path.of(setup.data());
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
                name = SystemCatalog.builtin().require(setup.data()).name();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("data '" + setup.data() + "': neither a file nor a catalog system ("
                        + e.getMessage() + ")", e);
            }
            double dt = SystemCatalog.builtin().require(name).metadata().defaultSamplingStep();
            source = DataSource.system(name, dt, SYSTEM_ROWS, SYSTEM_TRANSIENT, "rk4");
            training = source.load(Path.of("."));
        }
        new AlRnnTrainer(config, training, AlRnnTrainer.initialState(config, training.columns()));
        RunDirectory run = RunDirectory.create(dir, new RunManifest(config, source, training.columns(), RunStatus.RUNNING));
        if (copy != null) {
            TrajectoryWriter.write(dir.resolve("data.npy"), Trajectory.of(copy.columns(), 0, 1, copy.values()));
        }
        return run;
    }
}

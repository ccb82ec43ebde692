package org.dynamicsworkbench.plugins.runs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunManifest;

/**
 * What a training-dynamics tool knows of one run at one moment: its folder and name, its manifest (kind, config, backend, status),
 * every logged scalar and its checkpoint steps. A training run is read again (or grown) as it goes; a reading
 * itself never changes. Checkpoints are read on demand from the folder.
 *
 * @param folder          the run folder (absolute)
 * @param manifest        its run.json
 * @param history         the scalars logged so far
 * @param checkpointSteps the steps of its complete checkpoints, increasing
 */
public record RunReading(Path folder, RunManifest manifest, RunHistory history, long[] checkpointSteps) {
    public RunReading {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(history, "history");
        checkpointSteps = checkpointSteps.clone();
    }

    /** Reads the run in {@code folder}. @throws IOException naming the file that is missing or malformed */
    public static RunReading open(Path folder) throws IOException {
        ExperimentRun run = ExperimentRun.open(folder);
        return new RunReading(folder.toAbsolutePath().normalize(), run.manifest(), run.history(), run.checkpointSteps());
    }

    /** This reading with a new history and checkpoint steps (a live run moved on). */
    public RunReading grown(RunHistory newHistory, long[] newSteps) {
        return new RunReading(folder, manifest, newHistory, newSteps);
    }

    /** The folder's name, which names the run in legends (e.g. {@code wd=0.3,frac=0.4}). */
    public String name() {
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    @Override
    public long[] checkpointSteps() {
        return checkpointSteps.clone();
    }

    /** The run's configuration (a copy). */
    public ObjectNode config() {
        return manifest.config();
    }

    /** The backend that trained it ("java", "nd4j-cpu", "nd4j-cuda"). */
    public String backend() {
        return manifest.backend();
    }

    /** The series called {@code name}, or null when the run never logged it. */
    public MetricSeries seriesOrNull(String name) {
        return history.has(name) ? history.series(name) : null;
    }

    /** Reads the checkpoint at {@code step} from the folder. */
    public Checkpoint readCheckpoint(long step) throws IOException {
        return ExperimentRun.open(folder).readCheckpoint(step);
    }
}

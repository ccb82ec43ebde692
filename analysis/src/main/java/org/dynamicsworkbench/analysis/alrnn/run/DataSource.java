package org.dynamicsworkbench.analysis.alrnn.run;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingData;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.SeriesData;
import org.dynamicsworkbench.analysis.io.TrajectoryReader;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;

/**
 * Where a run's series comes from: a catalog system integrated from its catalog initial condition (the first
 * {@code transientSteps} samples dropped, then {@code rows} samples spaced {@code dt}), or a data file (N
 * columns). Either way the series is standardised per column before training; integration is deterministic, so
 * a run re-creates its data on resume. A system also yields a held-out test series, the next {@code rows}
 * samples of the same trajectory (as the reference evaluates on a test file of the same length); a file has
 * none, so its models are evaluated against the training series.
 *
 * @param system         catalog name, or null for a file
 * @param dt             sampling step (systems)
 * @param rows           samples kept (systems)
 * @param transientSteps samples dropped first (systems)
 * @param method         integration method label (systems)
 * @param file           the data file (null for a system)
 */
public record DataSource(String system, double dt, int rows, int transientSteps, String method, String file) {

    public DataSource {
        if ((system == null) == (file == null)) {
            throw new IllegalArgumentException("a data source is either a catalog system or a file");
        }
        if (system != null && (!(dt > 0 && Double.isFinite(dt)) || rows < 2 || transientSteps < 0)) {
            throw new IllegalArgumentException(system + ": dt must be positive, rows >= 2 and transient >= 0");
        }
    }

    public static DataSource system(String name, double dt, int rows, int transientSteps, String method) {
        return new DataSource(name, dt, rows, transientSteps, method, null);
    }

    public static DataSource file(String file) {
        return new DataSource(null, 0, 0, 0, null, file);
    }

    public boolean isSystem() {
        return system != null;
    }

    /**
     * Integrates or reads the series and standardises it (a system's with its held-out continuation attached); a
     * relative file is resolved against {@code base}.
     */
    public TrainingData load(Path base) throws IOException {
        if (isSystem()) {
            DynamicalSystem sys = SystemCatalog.builtin().require(system);
            IntegrationMethod integration = IntegrationMethod.fromLabel(method);
            Trajectory t = integration.forSystem(sys).integrate(sys, sys.metadata().defaultParameters(),
                    sys.metadata().initialCondition(), dt, transientSteps + 2 * rows - 1);
            double[] all = t.toArray();
            int d = t.dimension();
            int split = (transientSteps + rows) * d;
            double[] kept = java.util.Arrays.copyOfRange(all, transientSteps * d, split);
            double[] test = java.util.Arrays.copyOfRange(all, split, all.length);
            return TrainingData.standardize(system, d, kept).withHeldOut(system + " (held-out continuation)", test);
        }
        Path path = base.resolve(file);
        SeriesData data = TrajectoryReader.read(path);
        return TrainingData.standardize(path.toString(), data.columns(), data.values());
    }

    ObjectNode toJson() {
        ObjectNode node = AtomicFiles.JSON.createObjectNode();
        if (isSystem()) {
            node.put("kind", "system");
            node.put("system", system);
            node.put("dt", dt);
            node.put("rows", rows);
            node.put("transient", transientSteps);
            node.put("method", method);
        } else {
            node.put("kind", "file");
            node.put("file", file);
        }
        return node;
    }

    static DataSource fromJson(Path file, JsonNode node) throws RunFormatException {
        String kind = AtomicFiles.text(file, node, "kind");
        if (kind.equals("system")) {
            return system(AtomicFiles.text(file, node, "system"), AtomicFiles.number(file, node, "dt"),
                    (int) AtomicFiles.integer(file, node, "rows"), (int) AtomicFiles.integer(file, node, "transient"),
                    AtomicFiles.text(file, node, "method"));
        }
        if (kind.equals("file")) {
            return file(AtomicFiles.text(file, node, "file"));
        }
        throw new RunFormatException(file, "data.kind must be 'system' or 'file', got '" + kind + "'");
    }
}

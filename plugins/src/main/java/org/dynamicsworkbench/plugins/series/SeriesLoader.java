package org.dynamicsworkbench.plugins.series;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.SeriesData;
import org.dynamicsworkbench.analysis.io.TrajectoryReader;
import org.dynamicsworkbench.analysis.series.UnboundedCoordinates;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;

/**
 * Loads a {@link SeriesSpec}: integrates a catalog system with RK4 (maps iterated) from its catalog initial
 * condition and parameters, as the command line's {@code integrate} does, or reads a .csv/.npy file. Series are
 * loaded raw; {@link #wholeStateCoordinates} says how a whole-state analysis reads a system's unbounded coordinates.
 */
public final class SeriesLoader {
    private final SystemCatalog catalog;

    public SeriesLoader(SystemCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * @throws IOException              when the file cannot be read or is malformed (the message names it)
     * @throws IllegalArgumentException for an unknown system or a column the data lacks
     */
    public LoadedSeries load(SeriesSpec spec, ProgressListener progress, CancellationToken cancel) throws IOException {
        LoadedSeries loaded;
        if (spec.isSystem()) {
            DynamicalSystem system = catalog.require(spec.system());
            Trajectory t = IntegrationMethod.RK4.forSystem(system).integrate(system, system.metadata().defaultParameters(),
                    system.metadata().initialCondition(), spec.dt(), spec.steps(), progress, cancel);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < t.dimension(); c++) {
                names.add(SeriesSpec.columnName(c));
            }
            loaded = new LoadedSeries(spec, spec.label(), names, t.length(), t.toArray(), spec.dt());
        } else {
            SeriesData data = TrajectoryReader.read(spec.file());
            cancel.throwIfCancelled();
            progress.report(1);
            loaded = new LoadedSeries(spec, spec.label(), data.columnNames(), data.rows(), data.values(), spec.dt());
        }
        if (spec.column() >= loaded.columns()) {
            throw new IllegalArgumentException(spec.label() + ": there is no column " + spec.column() + " (the data has "
                    + loaded.columns() + ")");
        }
        return loaded;
    }

    /**
     * How a tool that reads the whole state should see a loaded series: a catalog system's unbounded coordinates
     * (a forcing phase, dysts' {@code unbounded_indices}) each read as cos, sin, as dysts does; a file's columns as
     * they are (a file carries no such metadata).
     */
    public UnboundedCoordinates wholeStateCoordinates(LoadedSeries series) {
        int[] unbounded = series.spec().isSystem()
                ? catalog.require(series.spec().system()).metadata().unboundedIndices() : new int[0];
        return new UnboundedCoordinates(series.columns(), unbounded);
    }
}

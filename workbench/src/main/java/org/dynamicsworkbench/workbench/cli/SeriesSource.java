package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.io.SeriesData;
import org.dynamicsworkbench.analysis.io.TrajectoryReader;
import org.dynamicsworkbench.analysis.series.UnboundedCoordinates;
import org.dynamicsworkbench.analysis.system.SystemCatalog;

/**
 * The data an analysis command reads: a .npy/.csv file (through {@link TrajectoryReader}; --dt is its
 * sampling step, 1 when not given) or a catalog system integrated with the defaults of {@code integrate}
 * (RK4; maps iterated). Row-major, {@code length x columns}.
 */
record SeriesSource(String name, List<String> columnNames, int length, double[] values, double dt) {

    SeriesSource {
        columnNames = List.copyOf(columnNames);
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    static boolean isFile(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.endsWith(".npy") || lower.endsWith(".csv");
    }

    /** Reads the file or integrates the system the options name. */
    static SeriesSource load(SystemOptions options) throws IOException {
        return load(options, false);
    }

    /**
     * As {@link #load}, for commands that analyse the whole state: a catalog system's unbounded coordinates (a
     * forcing phase such as Duffing's z = omega t) each become the two columns cos, sin, as dysts reads them
     * ({@link UnboundedCoordinates}); a file is read as it is.
     */
    static SeriesSource loadWholeState(SystemOptions options) throws IOException {
        return load(options, true);
    }

    private static SeriesSource load(SystemOptions options, boolean unboundedAsCircles) throws IOException {
        if (isFile(options.system)) {
            double dt = options.dt == null ? 1.0 : NumberArguments.positive(options.dt, "--dt " + options.dt);
            SeriesData data = TrajectoryReader.read(Path.of(options.system));
            return new SeriesSource(options.system, data.columnNames(), data.rows(), data.values(), dt);
        }
        RunSpec run = options.resolve(SystemCatalog.builtin());
        Trajectory trajectory = IntegrationMethod.RK4.forSystem(run.system())
                .integrate(run.system(), run.parameters(), run.initialCondition(), run.dt(), run.steps());
        List<String> names = new ArrayList<>();
        int d = trajectory.dimension();
        for (int c = 0; c < d; c++) {
            names.add(d <= 3 ? String.valueOf("xyz".charAt(c)) : "x" + c);
        }
        double[] values = trajectory.toArray();
        if (unboundedAsCircles) {
            UnboundedCoordinates circles = new UnboundedCoordinates(d, run.system().metadata().unboundedIndices());
            names = circles.embeddedNames(names);
            values = circles.embed(values);
        }
        return new SeriesSource(run.system().name(), names, trajectory.length(), values, trajectory.dt());
    }

    int columns() {
        return columnNames.size();
    }

    /** The column named or numbered (0-based) by {@code text}. */
    int columnIndex(String text) {
        int byName = columnNames.indexOf(text.strip());
        if (byName >= 0) {
            return byName;
        }
        return NumberArguments.integer(text, "--column " + text, 0, columns() - 1);
    }

    /** One column as a series. */
    double[] column(int index) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = values[i * columns() + index];
        }
        return out;
    }
}

package org.dynamicsworkbench.plugins.series;

import static org.dynamicsworkbench.plugins.series.StateFields.error;
import static org.dynamicsworkbench.plugins.series.StateFields.present;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Reads and writes a {@link SeriesSpec} as a JSON object:
 * <pre>
 * {"system": "Lorenz", "column": "x", "steps": 20000, "dt": 0.01}
 * {"file": "data/run.csv", "column": 2, "dt": 0.5}
 * </pre>
 * "column" is a 0-based index or, for a system, x, y or z (default 0); "steps" (default 20000) and "dt" (default
 * the catalog's sampling step; 1 for maps and files) are optional. The system must be in the catalog and the
 * column within its dimension; a file's columns are checked when it is read. A relative "file" resolves against the
 * session's folder when the reader is given one, and is written back relative to it.
 */
public final class SeriesSpecCodec {
    /** Steps of a system series when the state names none. */
    public static final int DEFAULT_STEPS = 20_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SystemCatalog catalog;

    public SeriesSpecCodec(SystemCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Writes {@code spec} with its file as it is (see {@link #write(SeriesSpec, Path)}). */
    public ObjectNode write(SeriesSpec spec) {
        return write(spec, null);
    }

    /**
     * Writes {@code spec} for a session in {@code sessionFolder}: a file inside it relative, any other absolute
     * ({@link SessionFolderPaths#written}); a {@code null} folder writes the file as it is.
     */
    public ObjectNode write(SeriesSpec spec, Path sessionFolder) {
        ObjectNode node = JSON.objectNode();
        if (spec.isSystem()) {
            node.put("system", spec.system());
            node.put("column", spec.column());
            node.put("steps", spec.steps());
        } else {
            node.put("file", SessionFolderPaths.written(spec.file(), sessionFolder));
            node.put("column", spec.column());
        }
        node.put("dt", spec.dt());
        return node;
    }

    /**
     * Reads a spec whose relative file stays relative (to the working folder); see {@link #read(JsonNode, String, Path)}.
     *
     * @param path the field's path for messages, e.g. "state.series[1]"
     */
    public SeriesSpec read(JsonNode json, String path) throws ToolStateException {
        return read(json, path, null);
    }

    /**
     * Reads a spec from a session in {@code sessionFolder}: an absolute file is kept, a relative one resolves
     * against the folder and must not climb out of it ({@link SessionFolderPaths#resolve}).
     *
     * @param path          the field's path for messages, e.g. "state.series[1]"
     * @param sessionFolder the session's folder, or {@code null} for none (a relative file stays relative)
     */
    public SeriesSpec read(JsonNode json, String path, Path sessionFolder) throws ToolStateException {
        StateFields.object(json, path);
        boolean hasSystem = present(json.get("system"));
        boolean hasFile = present(json.get("file"));
        if (hasSystem == hasFile) {
            throw error(path, "must name exactly one of \"system\" (a catalog system) and \"file\" (a .csv or .npy file)");
        }
        if (hasSystem) {
            String name = StateFields.text(json.get("system"), path + ".system");
            DynamicalSystem system;
            try {
                system = catalog.require(name);
            } catch (IllegalArgumentException e) {
                throw error(path + ".system", e.getMessage());
            }
            int column = present(json.get("column")) ? readColumn(json.get("column"), path + ".column", system.dimension()) : 0;
            int steps = present(json.get("steps"))
                    ? StateFields.integer(json.get("steps"), path + ".steps", 1, SeriesSpec.MAX_STEPS) : DEFAULT_STEPS;
            double dt = present(json.get("dt")) ? StateFields.positive(json.get("dt"), path + ".dt")
                    : system.metadata().defaultSamplingStep();
            if (system.kind() == SystemKind.MAP) {
                dt = 1.0;
            }
            return SeriesSpec.ofSystem(system.name(), column, steps, dt);
        }
        String file = StateFields.text(json.get("file"), path + ".file");
        String lower = file.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".npy")) {
            throw error(path + ".file", "must be a .csv or .npy file, got \"" + file + "\"");
        }
        Path p = SessionFolderPaths.resolve(file, sessionFolder, path + ".file");
        int column = present(json.get("column")) ? readColumn(json.get("column"), path + ".column", Integer.MAX_VALUE) : 0;
        double dt = present(json.get("dt")) ? StateFields.positive(json.get("dt"), path + ".dt") : 1.0;
        return SeriesSpec.ofFile(p, column, dt);
    }

    private static int readColumn(JsonNode node, String path, int dimension) throws ToolStateException {
        if (node.isTextual()) {
            String s = node.textValue().strip().toLowerCase(Locale.ROOT);
            int index = s.length() == 1 ? "xyz".indexOf(s.charAt(0)) : -1;
            if (index < 0 || index >= dimension) {
                throw error(path, "must be a 0-based index" + (dimension <= 3 ? " or one of " + "xyz".substring(0, dimension).chars()
                        .mapToObj(c -> String.valueOf((char) c)).reduce((a, b) -> a + ", " + b).orElse("") : "")
                        + ", got " + StateFields.describe(node));
            }
            return index;
        }
        return StateFields.integer(node, path, 0, dimension == Integer.MAX_VALUE ? Integer.MAX_VALUE : dimension - 1);
    }
}

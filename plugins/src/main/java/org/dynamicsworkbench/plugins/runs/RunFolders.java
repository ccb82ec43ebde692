package org.dynamicsworkbench.plugins.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** Reads the run folders a tool's saved state names, as the experiment kind that tool shows. */
public final class RunFolders {
    private RunFolders() {
    }

    /**
     * Reads the run written as {@code written} (relative to {@code sessionFolder}, or absolute).
     *
     * @param field the state's field for messages, e.g. {@code runs[1]}
     * @param kind  the experiment kind the run must be (its run.json's {@code kind})
     * @throws ToolStateException naming the field: not a run folder, unreadable, or a run of another kind
     */
    public static RunReading read(String written, Path sessionFolder, String field, String kind)
            throws ToolStateException {
        Path dir = SessionFolderPaths.resolve(written, sessionFolder, field);
        if (!Files.isRegularFile(dir.resolve(ExperimentRun.MANIFEST))) {
            throw new ToolStateException(field + ": '" + written + "' (" + dir + ") is not a run folder (no "
                    + ExperimentRun.MANIFEST + ")");
        }
        RunReading reading;
        try {
            reading = RunReading.open(dir);
        } catch (IOException e) {
            throw new ToolStateException(field + ": '" + written + "': " + e.getMessage(), e);
        }
        requireKind(reading, field + ": '" + written + "'", kind);
        return reading;
    }

    /** Reads every run of {@code written} as {@code <field>[i]}. */
    public static List<RunReading> readAll(List<String> written, Path sessionFolder, String field, String kind)
            throws ToolStateException {
        List<RunReading> out = new ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            out.add(read(written.get(i), sessionFolder, field + "[" + i + "]", kind));
        }
        return out;
    }

    /**
     * Reads the run in {@code dir} (a folder the user chose) as a run of {@code kind}.
     *
     * @throws IOException        naming the file that is missing or malformed
     * @throws ToolStateException when it is a run of another kind
     */
    public static RunReading open(Path dir, String kind) throws IOException, ToolStateException {
        RunReading reading = RunReading.open(dir);
        requireKind(reading, "'" + dir + "'", kind);
        return reading;
    }

    /** @throws ToolStateException "WHAT is a 'grokking' run, not 'entropy'" when the run is of another kind */
    public static void requireKind(RunReading reading, String what, String kind) throws ToolStateException {
        String actual = reading.manifest().kind();
        if (!kind.equals(actual)) {
            throw new ToolStateException(what + " is a '" + actual + "' run, not '" + kind + "'");
        }
    }
}

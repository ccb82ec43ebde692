package org.dynamicsworkbench.plugins.concepts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dynamicsworkbench.plugins.runs.RunFolders;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** The seeds the Concept-space tool averages: concept runs that share every setting but the seed. */
final class ConceptRuns {
    private ConceptRuns() {
    }

    /**
     * Reads the runs of a state and checks they can be averaged.
     *
     * @throws ToolStateException naming the run: not a concept run, or a setting other than the seed differs
     */
    static List<RunReading> read(List<String> written, Path sessionFolder) throws ToolStateException {
        List<RunReading> runs = RunFolders.readAll(written, sessionFolder, "runs", ConceptTool.KIND);
        for (int i = 1; i < runs.size(); i++) {
            String difference = difference(runs.get(0), runs.get(i));
            if (difference != null) {
                throw new ToolStateException("runs[" + i + "]: '" + written.get(i) + "' " + difference);
            }
        }
        return runs;
    }

    /**
     * Why {@code other} cannot be averaged with {@code first} ("differs from runs[0] in sep2 (0.5 vs 0.25); ..."), or
     * null when they differ at most in the seed.
     */
    static String difference(RunReading first, RunReading other) {
        ObjectNode a = first.config();
        ObjectNode b = other.config();
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        for (String k : keys) {
            JsonNode x = a.get(k);
            JsonNode y = b.get(k);
            if (!"seed".equals(k) && (x == null || !x.equals(y))) {
                return "differs from runs[0] in " + k + " (" + y + " vs " + x + "); seeds averaged together must "
                        + "share every setting but the seed";
            }
        }
        return null;
    }

    /** The analysis of the runs' histories. */
    static ConceptAnalysis analyse(List<RunReading> runs) {
        return ConceptAnalysis.of(runs.stream().map(RunReading::history).toList());
    }
}

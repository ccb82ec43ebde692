package org.dynamicsworkbench.plugins.peccary;

import static org.dynamicsworkbench.plugins.series.StateFields.error;
import static org.dynamicsworkbench.plugins.series.StateFields.present;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.series.SeriesSpecCodec;
import org.dynamicsworkbench.plugins.series.StateFields;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Reads and writes a {@link PeccaryState}:
 * <pre>
 * {"series": [{"system": "Lorenz", "column": "x", "steps": 20000, "dt": 0.01},
 *             {"file": "data/noise.csv", "column": 0}],
 *  "n": 5, "tau": 1, "tauSweep": {"from": 1, "to": 40}}
 * </pre>
 * "series" is required (1 to {@value PeccaryState#MAX_SERIES} entries, see {@link SeriesSpecCodec}); n (default 5),
 * tau (default 1) and tauSweep (default none; null means none) are optional. Errors name the field's path
 * ("state.series[1].system: unknown system 'Lorenzz' (did you mean Lorenz?)").
 */
public final class PeccaryStateCodec {
    private static final String ROOT = "state";

    private final SeriesSpecCodec seriesCodec;

    public PeccaryStateCodec(SystemCatalog catalog) {
        this.seriesCodec = new SeriesSpecCodec(catalog);
    }

    /** Writes {@code state} with its files as they are (see {@link #write(PeccaryState, Path)}). */
    public ObjectNode write(PeccaryState state) {
        return write(state, null);
    }

    /**
     * Writes {@code state} for a session in {@code sessionFolder}: files inside it relative, others absolute; a
     * {@code null} folder writes the files as they are.
     */
    public ObjectNode write(PeccaryState state, Path sessionFolder) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode series = root.putArray("series");
        for (SeriesSpec s : state.series()) {
            series.add(seriesCodec.write(s, sessionFolder));
        }
        root.put("n", state.n());
        root.put("tau", state.tau());
        if (state.hasSweep()) {
            root.putObject("tauSweep").put("from", state.sweepFrom()).put("to", state.sweepTo());
        } else {
            root.putNull("tauSweep");
        }
        return root;
    }

    /** Reads a state whose relative files stay relative (to the working folder). */
    public PeccaryState read(JsonNode json) throws ToolStateException {
        return read(json, null);
    }

    /**
     * Reads a state from a session in {@code sessionFolder}: relative files resolve against it and must not climb
     * out of it ("state.series[0].file: '../x.csv' escapes the session's folder ..."); absolute files are kept.
     *
     * @param sessionFolder the session's folder, or {@code null} for none
     */
    public PeccaryState read(JsonNode json, Path sessionFolder) throws ToolStateException {
        StateFields.object(json, ROOT);
        JsonNode seriesNode = json.get("series");
        if (seriesNode == null || !seriesNode.isArray() || seriesNode.isEmpty() || seriesNode.size() > PeccaryState.MAX_SERIES) {
            throw error(ROOT + ".series", "must be a list of 1 to " + PeccaryState.MAX_SERIES + " series, got "
                    + StateFields.describe(seriesNode));
        }
        List<SeriesSpec> series = new ArrayList<>();
        for (int i = 0; i < seriesNode.size(); i++) {
            series.add(seriesCodec.read(seriesNode.get(i), ROOT + ".series[" + i + "]", sessionFolder));
        }
        int n = present(json.get("n")) ? StateFields.integer(json.get("n"), ROOT + ".n", PeccaryState.MIN_N, PeccaryState.MAX_N) : 5;
        int tau = present(json.get("tau")) ? StateFields.integer(json.get("tau"), ROOT + ".tau", 1, PeccaryState.MAX_TAU) : 1;
        int from = 0;
        int to = 0;
        JsonNode sweep = json.get("tauSweep");
        if (present(sweep)) {
            StateFields.object(sweep, ROOT + ".tauSweep");
            from = StateFields.integer(sweep.get("from"), ROOT + ".tauSweep.from", 1, PeccaryState.MAX_TAU);
            to = StateFields.integer(sweep.get("to"), ROOT + ".tauSweep.to", from, PeccaryState.MAX_TAU);
        }
        try {
            return new PeccaryState(series, n, tau, from, to);
        } catch (IllegalArgumentException e) {
            throw error(ROOT, e.getMessage());
        }
    }
}

package org.dynamicsworkbench.plugins.koopman;

import static org.dynamicsworkbench.plugins.series.StateFields.error;
import static org.dynamicsworkbench.plugins.series.StateFields.present;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.series.SeriesSpecCodec;
import org.dynamicsworkbench.plugins.series.StateFields;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * Reads and writes a {@link KoopmanState}:
 * <pre>
 * {"series": {"system": "Duffing", "column": "x", "steps": 4000, "dt": 0.05}, "dictionary": "poly:3",
 *  "threshold": 0.1, "grid": 40, "havok": {"delays": 100, "rank": 11}, "selected": 1, "part": "real"}
 * </pre>
 * "series" is required (see {@link SeriesSpecCodec}); the rest take {@link KoopmanState#defaults()}'s values when
 * missing ("selected": -1 or null is none). Errors name the field's path ("state.dictionary: ...").
 */
public final class KoopmanStateCodec {
    private static final String ROOT = "state";

    private final SeriesSpecCodec seriesCodec;

    public KoopmanStateCodec(SystemCatalog catalog) {
        this.seriesCodec = new SeriesSpecCodec(catalog);
    }

    /** Writes {@code state} with its files as they are (see {@link #write(KoopmanState, Path)}). */
    public ObjectNode write(KoopmanState state) {
        return write(state, null);
    }

    /**
     * Writes {@code state} for a session in {@code sessionFolder}: files inside it relative, others absolute; a
     * {@code null} folder writes the files as they are.
     */
    public ObjectNode write(KoopmanState state, Path sessionFolder) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("series", seriesCodec.write(state.series(), sessionFolder));
        root.put("dictionary", state.dictionary().toString());
        root.put("threshold", state.threshold());
        root.put("grid", state.grid());
        root.putObject("havok").put("delays", state.havokDelays()).put("rank", state.havokRank());
        root.put("selected", state.selected());
        root.put("part", state.part().id());
        return root;
    }

    /** Reads a state whose relative files stay relative (to the working folder). */
    public KoopmanState read(JsonNode json) throws ToolStateException {
        return read(json, null);
    }

    /**
     * Reads a state from a session in {@code sessionFolder}: relative files resolve against it and must not climb
     * out of it ("state.series[0].file: '../x.csv' escapes the session's folder ..."); absolute files are kept.
     *
     * @param sessionFolder the session's folder, or {@code null} for none
     */
    public KoopmanState read(JsonNode json, Path sessionFolder) throws ToolStateException {
        StateFields.object(json, ROOT);
        KoopmanState d = KoopmanState.defaults();
        SeriesSpec series = seriesCodec.read(json.get("series"), ROOT + ".series", sessionFolder);
        DictionaryChoice dictionary = d.dictionary();
        if (present(json.get("dictionary"))) {
            String text = StateFields.text(json.get("dictionary"), ROOT + ".dictionary");
            try {
                dictionary = DictionaryChoice.parse(text);
            } catch (IllegalArgumentException e) {
                throw error(ROOT + ".dictionary", e.getMessage());
            }
        }
        double threshold = present(json.get("threshold")) ? StateFields.positive(json.get("threshold"), ROOT + ".threshold")
                : d.threshold();
        int grid = present(json.get("grid"))
                ? StateFields.integer(json.get("grid"), ROOT + ".grid", KoopmanState.MIN_GRID, KoopmanState.MAX_GRID) : d.grid();
        int delays = d.havokDelays();
        int rank = d.havokRank();
        JsonNode havok = json.get("havok");
        if (present(havok)) {
            StateFields.object(havok, ROOT + ".havok");
            if (present(havok.get("delays"))) {
                delays = StateFields.integer(havok.get("delays"), ROOT + ".havok.delays", 2, KoopmanState.MAX_DELAYS);
            }
            rank = present(havok.get("rank"))
                    ? StateFields.integer(havok.get("rank"), ROOT + ".havok.rank", 2, delays) : Math.min(rank, delays);
        }
        int selected = present(json.get("selected"))
                ? StateFields.integer(json.get("selected"), ROOT + ".selected", -1, Integer.MAX_VALUE) : -1;
        EigenfunctionPart part = present(json.get("part")) ? EigenfunctionPart.fromId(StateFields.choice(json.get("part"),
                ROOT + ".part", java.util.List.of("real", "modulus", "phase"))) : d.part();
        try {
            return new KoopmanState(series, dictionary, threshold, grid, delays, rank, selected, part);
        } catch (IllegalArgumentException e) {
            throw error(ROOT, e.getMessage());
        }
    }
}

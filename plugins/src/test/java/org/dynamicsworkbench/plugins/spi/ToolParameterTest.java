package org.dynamicsworkbench.plugins.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolParameterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ToolParameter> PARAMS = List.of(
            ToolParameter.ofDouble("epsilon", 0.1, 0.001, 1.0, "threshold"),
            ToolParameter.ofInt("steps", 1000, 10, 4000, "states"),
            ToolParameter.ofChoice("system", "Lorenz", List.of("Lorenz", "Henon"), "system"),
            ToolParameter.ofString("label", "", "free text"),
            ToolParameter.ofBool("embed", false, "delay-embed first"));

    @Test
    void defaultsParseAndJsonRoundTrip() throws Exception {
        ToolParameterValues defaults = ToolParameterValues.defaults(PARAMS);
        assertEquals(0.1, defaults.getDouble("epsilon"));
        ToolParameterValues set = defaults.withText(Map.of("epsilon", "2.5e-1", "steps", "+200", "system", "Henon",
                "label", " a b ", "embed", "TRUE"));
        assertEquals(0.25, set.getDouble("epsilon"));
        assertEquals(200, set.getInt("steps"));
        assertEquals("Henon", set.getString("system"));
        assertEquals(" a b ", set.getString("label"), "text is kept as typed");
        assertEquals(true, set.getBool("embed"));
        assertEquals("{\"epsilon\":0.25,\"steps\":200,\"system\":\"Henon\",\"label\":\" a b \",\"embed\":true}",
                set.toJson().toString());
        assertEquals(set, ToolParameterValues.fromJson(PARAMS, set.toJson()));
        assertEquals(defaults.with("steps", 300), ToolParameterValues.fromJson(PARAMS, JSON.readTree("{\"steps\":300}")),
                "missing names keep their defaults");
    }

    @Test
    void everyProblemNamesTheParameter() {
        ToolParameterValues d = ToolParameterValues.defaults(PARAMS);
        assertEquals("epsilon: must be in [0.001, 1], got 2.0", message(() -> d.withText(Map.of("epsilon", "2"))));
        assertEquals("epsilon: 'NaN' is not a number", message(() -> d.withText(Map.of("epsilon", "NaN"))));
        assertEquals("epsilon: '0x1p3' is not a number", message(() -> d.withText(Map.of("epsilon", "0x1p3"))));
        assertEquals("steps: '1.5' is not an integer", message(() -> d.withText(Map.of("steps", "1.5"))));
        assertEquals("steps: must be in [10, 4000], got 5", message(() -> d.withText(Map.of("steps", "5"))));
        assertEquals("steps: '99999999999' is out of range [10, 4000]", message(() -> d.withText(Map.of("steps", "99999999999"))));
        assertEquals("system: must be one of Lorenz, Henon, got 'lorenz'", message(() -> d.withText(Map.of("system", "lorenz"))));
        assertEquals("embed: 'yes' is not true or false", message(() -> d.withText(Map.of("embed", "yes"))));
        assertEquals("rho: unknown parameter (known: embed, epsilon, label, steps, system)",
                message(() -> d.withText(Map.of("rho", "28"))));
        assertEquals("steps: must be an integer, got string \"10\"",
                message(() -> ToolParameterValues.fromJson(PARAMS, JSON.readTree("{\"steps\":\"10\"}"))));
        assertEquals("steps: must be an integer, got number 10.5",
                message(() -> ToolParameterValues.fromJson(PARAMS, JSON.readTree("{\"steps\":10.5}"))));
    }

    @Test
    void declarationsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ToolParameter.ofDouble("x", 5, 0, 1, "default out of range"));
        assertThrows(IllegalArgumentException.class, () -> ToolParameter.ofInt("x", 0, 2, 1, "empty range"));
        assertThrows(IllegalArgumentException.class, () -> ToolParameter.ofChoice("x", "c", List.of("a", "b"), "bad default"));
        assertThrows(IllegalArgumentException.class, () -> ToolParameter.ofBool("1x", true, "bad name"));
        assertThrows(IllegalArgumentException.class, () -> ToolParameterValues.defaults(List.of(
                ToolParameter.ofBool("a", true, ""), ToolParameter.ofInt("a", 1, 0, 2, ""))));
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String message(Action action) {
        return assertThrows(ToolParameterException.class, action::run).getMessage();
    }
}

package org.dynamicsworkbench.plugins.grokking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The session state of the Grokking tool: round trip, defaults from presets, and errors naming the field. */
class GrokkingStateCodecTest {
    private final GrokkingStateCodec codec = new GrokkingStateCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void roundTripsEveryField() throws Exception {
        GrokkingSetup setup = new GrokkingSetup(GrokkingSetup.CUSTOM, 23, 128, 0.35, 2e-3, 0.5, 0.9, 0.99, 1e-7, 3000, 7,
                List.of(3, 11));
        GrokkingState state = new GrokkingState("data/grok", 1250, 0.8, List.of("data/no-wd", "/abs/run"), "data/sweep",
                setup);
        GrokkingState back = codec.read(json.readTree(json.writeValueAsString(codec.write(state))));
        assertEquals(state, back);
    }

    @Test
    void missingFieldsComeFromDefaultsAndThePreset() throws Exception {
        GrokkingState s = codec.read(json.readTree("{\"setup\": {\"preset\": \"no-wd\", \"seed\": 3}}"));
        assertEquals(GrokkingSetup.preset("no-wd").withSeed(3), s.setup());
        assertEquals(-1, s.step());
        assertEquals(GrokkingState.DEFAULT_SMOOTHING, s.smoothing());
        assertEquals(null, s.run());
        assertEquals(GrokkingState.defaults(), codec.read(json.readTree("{}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"runn\": \"x\"}                          | runn: unknown field",
            "{\"step\": -2}                             | step: must be an integer >= 0, or -1",
            "{\"smoothing\": 1}                         | smoothing: must be in [0, 0.999]",
            "{\"overlays\": \"a\"}                      | overlays: must be an array",
            "{\"overlays\": [\"a\", 3]}                 | overlays[1]: must be a run folder",
            "{\"overlays\": [\"a\", \"b\", \"c\", \"d\"]} | overlays: at most 3 runs",
            "{\"run\": \"\"}                            | run: must be a folder",
            "{\"setup\": {\"frac\": 1.5}}               | setup.frac: the training fraction must be in (0, 1), got 1.5",
            "{\"setup\": {\"p\": 1}}                    | setup.p: must be an integer in [2, 512], got 1",
            "{\"setup\": {\"preset\": \"huge\"}}        | setup.preset: unknown preset 'huge'",
            "{\"setup\": {\"lr\": \"fast\"}}            | setup.lr: must be a finite number",
            "{\"setup\": {\"momentum\": 0.9}}           | setup.momentum: unknown field",
            "{\"setup\": {\"keyFrequencies\": [16]}}   | setup.keyFrequencies: each must be in [1, 15] for p = 31",
            "{\"setup\": {\"keyFrequencies\": [2, 2]}} | setup.keyFrequencies: a frequency is listed twice",
            "{\"setup\": {\"keyFrequencies\": [1.5]}}  | setup.keyFrequencies: must hold integers",
            "{\"setup\": {\"keyFrequencies\": [1,2,3,4,5,6]}} | setup.keyFrequencies: at most 5"})
    void malformedStatesNameTheField(String text, String expected) {
        ToolStateException e = assertThrows(ToolStateException.class, () -> codec.read(json.readTree(text)));
        assertTrue(e.getMessage().startsWith(expected.strip()), e.getMessage());
    }

    @Test
    void setupNamesItselfAfterThePresetItEquals() {
        GrokkingSetup fast = GrokkingSetup.preset("fast");
        GrokkingSetup custom = new GrokkingSetup(GrokkingSetup.CUSTOM, fast.p(), fast.width(), fast.frac(), fast.lr(),
                fast.wd(), fast.beta1(), fast.beta2(), fast.eps(), fast.steps(), 4);
        assertEquals("fast", custom.named().preset());
        GrokkingSetup changed = new GrokkingSetup(GrokkingSetup.CUSTOM, 31, 256, 0.45, 1e-2, 1.0, 0.9, 0.98, 1e-8, 2000, 0);
        assertEquals(GrokkingSetup.CUSTOM, changed.named().preset());
        assertEquals("{\"p\":31,\"width\":256,\"frac\":0.4,\"lr\":0.003,\"wd\":1.0,\"beta1\":0.9,\"beta2\":0.98,"
                + "\"eps\":1.0E-8,\"seed\":0}", GrokkingSetup.defaults().toConfig().toString());
        // key frequencies go to the experiment as key_frequencies and do not change which preset it is
        GrokkingSetup keyed = GrokkingSetup.defaults().withKeyFrequencies(List.of(4, 9));
        assertEquals("[4,9]", keyed.toConfig().get("key_frequencies").toString());
        assertEquals("primary", keyed.named().preset());
    }
}

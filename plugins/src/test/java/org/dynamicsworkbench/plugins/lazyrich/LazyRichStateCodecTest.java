package org.dynamicsworkbench.plugins.lazyrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.junit.jupiter.api.Test;

/** The state codec reads what it writes, fills defaults and names the field of every bad value; the setup's names. */
class LazyRichStateCodecTest {
    private final LazyRichStateCodec codec = new LazyRichStateCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aStateRoundTripsThroughJson() throws Exception {
        LazyRichSetup setup = new LazyRichSetup(new LazyRichConfig(20, 80, 100, 40, 0.02, 2.83, 20, true, 50, 7), 5000);
        LazyRichState state = new LazyRichState("data/lazy-rich/a", 446, 0.3, List.of("data/lazy-rich/b", "/abs/c"), setup);
        String text = json.writeValueAsString(codec.write(state));
        assertEquals(state, codec.read(json.readTree(text)));
        assertEquals(LazyRichState.defaults(), codec.read(json.readTree("{}")));
        LazyRichState partial = codec.read(json.readTree("{\"setup\": {\"alpha\": 1, \"steps\": 300}}"));
        assertEquals(LazyRichConfig.defaults().withAlpha(1), partial.setup().config());
        assertEquals(300, partial.setup().steps());
    }

    @Test
    void badValuesNameTheirField() {
        expect("{\"runs\": \"a\"}", "runs: unknown field (known: overlays, run, setup, smoothing, step)");
        expect("{\"run\": \"\"}", "run: must be a run folder (a non-empty string; leave it out for none), got \"\"");
        expect("{\"step\": -2}", "step: must be an integer >= 0, or -1 for the last checkpoint, got -2");
        expect("{\"smoothing\": 1.5}", "smoothing: must be in [0, 0.999], got 1.5");
        expect("{\"overlays\": \"a\"}", "overlays: must be an array of run folders, got STRING");
        expect("{\"overlays\": [\"a\", 3]}", "overlays[1]: must be a run folder (a non-empty string), got 3");
        expect("{\"run\": \"a\", \"overlays\": [\"a\"]}", "overlays[0]: 'a' is already shown (each run appears once)");
        expect("{\"overlays\": [\"a\", \"b\", \"c\", \"d\"]}", "overlays: at most 3 runs, got 4");
        expect("{\"setup\": {\"alpha\": -1}}", "setup.alpha: must be a finite number > 0, got -1.0");
        expect("{\"setup\": {\"dim\": 1.5}}", "setup.dim: must be an integer, got 1.5");
        expect("{\"setup\": {\"steps\": 0}}", "setup.steps: must be an integer in [1, 10000000], got 0");
        expect("{\"setup\": {\"alpah\": 2}}", "setup.alpah: unknown field (known: dim, trainSize, testSize, width, "
                + "epsilon, alpha, lrScale, centredLoss, ntkPoints, seed, steps)");
        expect("{\"setup\": []}", "setup: must be an object, got ARRAY");
        expect("[]", "state: must be a JSON object, got ARRAY");
    }

    @Test
    void theSetupNamesItsFolderAndSnapsTheSlider() {
        assertEquals("alpha=4,eps=0.25,D=50,P=300,N=200,c=10,seed=0,steps=20000", LazyRichSetup.defaults().folderName());
        LazyRichSetup small = new LazyRichSetup(new LazyRichConfig(8, 40, 60, 16, 0.25, 0.354, 10, true, 12, 3), 400);
        assertEquals("alpha=0.354,eps=0.25,D=8,P=40,N=16,c=10,seed=3,steps=400,centred,test=60,ntk=12",
                small.folderName());
        assertFalse(small.folderName().equals(small.withSteps(500).folderName()));
        assertEquals(4, LazyRichSetup.alphaAtSlider(2));
        assertEquals(4, LazyRichSetup.alphaAtSlider(2.2), "snaps to the half-octave grid");
        assertEquals(5.66, LazyRichSetup.alphaAtSlider(2.5));
        assertEquals(0.354, LazyRichSetup.alphaAtSlider(-1.5));
        assertEquals(32, LazyRichSetup.alphaAtSlider(9), "clamped to 2^5");
        assertEquals(0.25, LazyRichSetup.alphaAtSlider(-7), "clamped to 2^-2");
        assertEquals(2, LazyRichSetup.sliderPosition(4), 1e-12);
        assertEquals(-2, LazyRichSetup.sliderPosition(0.01), 1e-12);
        for (String field : List.of("alpha", "epsilon", "dim", "trainSize", "testSize", "width", "lrScale",
                "centredLoss", "ntkPoints", "steps")) {
            assertTrue(LazyRichSetup.paperValue(field).startsWith("paper: "), field);
        }
        assertEquals("", LazyRichSetup.paperValue("seed"));
    }

    private void expect(String state, String message) {
        ToolStateException e = assertThrows(ToolStateException.class, () -> codec.read(json.readTree(state)), state);
        assertEquals(message, e.getMessage());
    }
}

package org.dynamicsworkbench.plugins.koopman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.junit.jupiter.api.Test;

/**
 * The fit reads a catalog system's forcing phase as cos, sin: on the Duffing sample (sample-sessions/
 * duffing-koopman.json) the raw phase z = omega t made four eigenvalues exactly 1 (polynomials in t); now only the
 * constant function keeps lambda = 1.
 */
class KoopmanAnalysisTest {
    private static final SeriesLoader LOADER = new SeriesLoader(SystemCatalog.builtin());
    /** The state of sample-sessions/duffing-koopman.json. */
    private static final KoopmanState DUFFING = new KoopmanState(SeriesSpec.ofSystem("Duffing", 0, 3000, 0.2),
            DictionaryChoice.parse("poly:3"), 0.5, 40, 40, 7, 4, EigenfunctionPart.REAL);

    @Test
    void duffingsForcingPhaseEntersTheDictionaryAsCosAndSin() throws Exception {
        KoopmanResult fit = KoopmanAnalysis.fit(DUFFING, LOADER, ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(3, fit.series().columns(), "the series itself stays raw (x, y, z)");
        int rows = fit.series().rows();
        double[] inputs = fit.inputStates();
        assertEquals(rows * 4, inputs.length, "x, y, cos z, sin z per row");
        double[] raw = fit.series().values();
        for (int r = 0; r < rows; r += 97) {
            assertEquals(raw[r * 3], inputs[r * 4]);
            assertEquals(Math.cos(raw[r * 3 + 2]), inputs[r * 4 + 2], 1e-15);
            assertEquals(Math.sin(raw[r * 3 + 2]), inputs[r * 4 + 3], 1e-15);
        }
        int atOne = 0;
        for (int rank = 0; rank < fit.size(); rank++) {
            if (Math.hypot(fit.re(rank) - 1, fit.im(rank)) < 1e-6) {
                atOne++;
            }
        }
        assertTrue(atOne <= 1, atOne + " eigenvalues within 1e-6 of 1; only the constant function may be there");
    }

    @Test
    void aSystemWithoutUnboundedCoordinatesIsFittedAsLoaded() throws Exception {
        KoopmanState lorenz = new KoopmanState(SeriesSpec.ofSystem("Lorenz", 0, 500, 0.02),
                DictionaryChoice.parse("poly:2"), 1.0, 12, 30, 5, -1, EigenfunctionPart.REAL);
        KoopmanResult fit = KoopmanAnalysis.fit(lorenz, LOADER, ProgressListener.NONE, CancellationToken.NEVER);
        assertArrayEquals(fit.series().values(), fit.inputStates());
    }
}

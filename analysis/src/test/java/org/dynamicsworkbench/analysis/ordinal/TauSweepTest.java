package org.dynamicsworkbench.analysis.ordinal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TauSweepTest {

    @Test
    void parallelSweepEqualsOneCountPerDelay() {
        double[] x = TestSeries.henon(50_000);
        int[] taus = TauSweep.range(1, 100);
        TauSweepResult parallel = TauSweep.run(x, "henon", 5, taus, 2);
        TauSweepResult serial = TauSweep.run(x, "henon", 5, taus, 1);
        assertArrayEquals(serial.entropy(), parallel.entropy(), 0.0);
        assertArrayEquals(serial.complexity(), parallel.complexity(), 0.0);
        for (int tau : new int[] {1, 37, 100}) {
            HcPoint single = new OrdinalPatterns(5, tau).count(x, "henon").complexityEntropy();
            assertEquals(single, parallel.point(tau - 1));
        }
        assertEquals(100, parallel.size());
    }

    @Test
    void lorenzSweepFollowsTheOracleCurve() {
        JsonNode samples = OracleFile.peccary().at("/cases/lorenz_x_rk4_dt0.01/sample");
        double[] x = TestSeries.lorenzX(100_000);
        TauSweepResult sweep = TauSweep.run(x, "lorenz", 5, TauSweep.range(1, 10), 2);
        // Different integrator operation order: statistics only (the oracle's tau = 1 and 10 tolerances).
        assertEquals(samples.at("/5/H").asDouble(), sweep.entropy()[4], 0.005);
        assertEquals(samples.at("/8/C").asDouble(), sweep.complexity()[7], 0.002);
        for (int i = 1; i < sweep.size(); i++) {
            assertTrue(sweep.entropy()[i] > sweep.entropy()[i - 1], "H rises with tau while oversampled");
        }
    }

    @Test
    void tooShortForTheLargestDelayIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TauSweep.run(new double[300], "short.csv", 5, TauSweep.range(1, 100), 2));
        assertTrue(e.getMessage().contains("short.csv") && e.getMessage().contains("tau = 75"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TauSweep.range(0, 5));
    }
}

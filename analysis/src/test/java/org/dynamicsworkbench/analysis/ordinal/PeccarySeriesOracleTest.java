package org.dynamicsworkbench.analysis.ordinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every sample-based case of peccary_oracles.json, generated with the recipes. */
class PeccarySeriesOracleTest {
    private static final int N = 100_000;

    private static HcPoint hc(double[] x, int tau) {
        return new OrdinalPatterns(5, tau).count(x, "x").complexityEntropy();
    }

    private static void assertSamples(JsonNode samples, double[] x, double tolerance, String name) {
        Iterator<Map.Entry<String, JsonNode>> it = samples.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            int tau = Integer.parseInt(e.getKey());
            PatternCounts counts = new OrdinalPatterns(5, tau).count(x, name);
            HcPoint point = counts.complexityEntropy();
            assertEquals(e.getValue().get("H").asDouble(), point.entropy(), tolerance, name + " H tau=" + tau);
            assertEquals(e.getValue().get("C").asDouble(), point.complexity(), tolerance, name + " C tau=" + tau);
            assertEquals(e.getValue().get("n_distinct_patterns").asInt(), counts.distinctPatterns(), name + " tau=" + tau);
        }
    }

    private static void assertFirstValues(JsonNode first, double[] x) {
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).asDouble(), x[i], 0.0, "first value " + i);
        }
    }

    @Test
    void logisticIsBitIdenticalAndMatchesEverySampleAndTheExactValues() {
        JsonNode c = OracleFile.peccary().at("/cases/logistic_r4");
        double[] x = TestSeries.logistic(0.4, N);
        assertFirstValues(c.get("first_values"), x);
        assertSamples(c.get("sample"), x, 1e-12, "logistic");
        HcPoint tau1 = hc(x, 1);
        assertEquals(c.at("/exact_infinite_data/1/H").asDouble(), tau1.entropy(), 0.002);
        assertEquals(c.at("/exact_infinite_data/1/C").asDouble(), tau1.complexity(), 0.0005);
        JsonNode spread = c.get("ic_spread_tau1");
        for (int i = 0; i < spread.get("x0").size(); i++) {
            HcPoint p = hc(TestSeries.logistic(spread.get("x0").get(i).asDouble(), N), 1);
            assertEquals(spread.get("H").get(i).asDouble(), p.entropy(), 1e-12);
            assertEquals(spread.get("C").get(i).asDouble(), p.complexity(), 1e-12);
        }
    }

    @Test
    void henonIsBitIdenticalAndMatchesEverySample() {
        JsonNode c = OracleFile.peccary().at("/cases/henon_a1.4_b0.3");
        double[] x = TestSeries.henon(N);
        assertFirstValues(c.get("first_values"), x);
        assertSamples(c.get("sample"), x, 1e-12, "henon");
    }

    @Test
    void sineMatchesSamplesAndTheExactPhaseAverage() {
        JsonNode c = OracleFile.peccary().at("/cases/sine_dt0.01_omega1");
        double[] x = TestSeries.sine(N);
        assertSamples(c.get("sample"), x, 1e-12, "sine");
        Iterator<Map.Entry<String, JsonNode>> it = c.get("exact_infinite_data").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            HcPoint p = hc(x, Integer.parseInt(e.getKey()));
            assertEquals(e.getValue().get("H").asDouble(), p.entropy(), 2e-4);
            assertEquals(e.getValue().get("C").asDouble(), p.complexity(), 2e-4);
        }
    }

    @Test
    void sineIdealSamplingFollowsPeccary() {
        JsonNode ideal = OracleFile.peccary().at("/cases/sine_dt0.01_omega1/ideal_sampling");
        double[] x = TestSeries.sine(N);
        SamplingAdvice crossings = SamplingAdvice.of(x, 0.01, 5, SamplingAdvice.Timescale.MEAN_CROSSINGS);
        assertEquals(ideal.get("tNat_ncross").asDouble(), crossings.naturalTime(), 1e-9);
        assertEquals(ideal.get("tNat_maxavg").asDouble(), SamplingAdvice.maximaSpacing(x, 0.01), 1e-9);
        assertEquals(ideal.get("ell_for_tpat_0.4_tnat").asInt(), crossings.idealDelay());
        assertTrue(crossings.durationSufficient());
        HcPoint p = hc(x, crossings.idealDelay());
        assertEquals(ideal.get("H").asDouble(), p.entropy(), 1e-12);
        assertEquals(ideal.get("C").asDouble(), p.complexity(), 1e-12);
        assertEquals(48, crossings.lowestDelay());   // 0.3 t_nat / (4 dt) = 47.02
        assertEquals(78, crossings.highestDelay());  // 0.5 t_nat / (4 dt) = 78.37
        assertTrue(crossings.describe(0.01, 5).contains("ideal tau 63 (t_pat/t_nat = 0.40); tau 48..78"),
                crossings.describe(0.01, 5));
        SamplingAdvice coarse = SamplingAdvice.of(TestSeries.logistic(0.4, 10_000), 1.0, 5,
                SamplingAdvice.Timescale.MEAN_CROSSINGS);
        assertTrue(coarse.describe(1.0, 5).contains("no delay puts t_pat/t_nat in 0.3..0.5"), coarse.describe(1.0, 5));
    }

    @Test
    void lorenzMatchesWithinTheIntegratorTolerance() {
        JsonNode c = OracleFile.peccary().at("/cases/lorenz_x_rk4_dt0.01");
        double[] x = TestSeries.lorenzX(N);
        HcPoint tau1 = hc(x, 1);
        assertEquals(c.at("/sample/1/H").asDouble(), tau1.entropy(), 0.002);
        assertEquals(c.at("/sample/1/C").asDouble(), tau1.complexity(), 0.002);
        HcPoint tau10 = hc(x, 10);
        assertEquals(c.at("/sample/10/H").asDouble(), tau10.entropy(), 0.005);
        assertEquals(c.at("/sample/10/C").asDouble(), tau10.complexity(), 0.002);
        SamplingAdvice maxima = SamplingAdvice.of(x, 0.01, 5, SamplingAdvice.Timescale.MAXIMA_SPACING);
        assertEquals(c.at("/ideal_sampling/maxavg/ell").asInt(), maxima.idealDelay());
    }

    @Test
    void whiteNoiseSitsInTheStochasticCorner() {
        // numpy's RNG stream cannot be reproduced in Java: the oracle's statistical bounds are asserted instead.
        for (long seed : new long[] {1, 2, 3}) {
            double[] x = TestSeries.whiteNoise(seed, N);
            for (int tau : new int[] {1, 7}) {
                HcPoint p = hc(x, tau);
                assertTrue(p.entropy() > 0.999 && p.complexity() < 0.002, "seed " + seed + " tau " + tau + ": " + p);
            }
        }
    }
}

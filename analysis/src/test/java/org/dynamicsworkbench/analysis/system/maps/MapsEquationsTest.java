package org.dynamicsworkbench.analysis.system.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dynamicsworkbench.analysis.system.CentralDifferenceJacobian;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dysts discrete maps beyond Henon and Logistic: each map step at the catalog initial condition against
 * an independent transcription of the dysts equations, the Jacobian against a central difference, and
 * 10^4 iterations from the catalog initial condition that stay finite, bounded and moving. At the catalog
 * parameters three maps are periodic rather than chaotic (Gingerbreadman from (0.51, 0.1): period 6;
 * GumowskiMira and Zaslavskii: period 2); those are asserted as such. ZeraouliaSprott runs at its published
 * parameters (a = 2.7, b = 0.35), not at the catalog's de Jong values, at which it diverges.
 */
class MapsEquationsTest {

    /**
     * x1 = f(x0) at each catalog initial condition with the default parameters, computed with Python/numpy
     * from the equations as read in dysts/maps.py (Chirikov's angle taken mod 2 pi and the circle map's mod 1,
     * as in the Java classes).
     */
    private static final Map<String, double[]> STEP_FROM_INITIAL_CONDITION = Map.ofEntries(
            Map.entry("Baker", new double[] {0.09991869999500406, 0.181612}),
            Map.entry("Bedhead", new double[] {0.8195131825168978, 1.0776211308484374}),
            Map.entry("Bogdanov", new double[] {0.41012000000000004, -0.09987999999999997}),
            Map.entry("Chebyshev", new double[] {0.9975847296320001}),
            Map.entry("Chirikov", new double[] {0.19700164178364088, 0.29700164178364086}),
            Map.entry("Circle", new double[] {0.333}),
            Map.entry("DeJong", new double[] {0.023364127488334052, 0.7275206411371992}),
            Map.entry("DuffingMap", new double[] {0.1, 0.17200000000000001}),
            Map.entry("Gauss", new double[] {-0.20624229967646723}),
            Map.entry("Gingerbreadman", new double[] {1.4100000000000001, 0.51}),
            Map.entry("GumowskiMira", new double[] {-0.08841584158415842, 0.029835666255088128}),
            Map.entry("Hopalong", new double[] {1.3248595461286992, 2.0}),
            Map.entry("Ikeda", new double[] {0.7106704792820742, -0.9067020270232656}),
            Map.entry("KaplanYorke", new double[] {0.4, -0.7690169943749473}),
            Map.entry("MaynardSmith", new double[] {0.1, 0.837}),
            Map.entry("Pickover", new double[] {1.1959437155558295, -1.243753916618375}),
            Map.entry("Ricker", new double[] {8.3033200989121}),
            Map.entry("Svensson", new double[] {1.3968017936484842, 1.7923121584687778}),
            Map.entry("Tent", new double[] {0.9309999999999999}),
            Map.entry("Tinkerbell", new double[] {0.16011774304543558, 0.25086241530042397}),
            Map.entry("Zaslavskii", new double[] {0.28716739793827306, -0.6618076215240892}),
            Map.entry("ZeraouliaSprott", new double[] {-2.0550883348978646, 1.3763909085}));

    /** Periods of the maps that settle onto a periodic orbit from the catalog initial condition. */
    private static final Map<String, Integer> PERIODIC = Map.of("Gingerbreadman", 6, "GumowskiMira", 2, "Zaslavskii", 2);

    static Stream<DynamicalSystem> maps() {
        return STEP_FROM_INITIAL_CONDITION.keySet().stream().sorted().map(SystemCatalog.builtin()::require);
    }


    @Test
    void everyMapOfThisPartIsRegisteredAsAMap() {
        maps().forEach(m -> assertSame(SystemKind.MAP, m.kind(), m.name()));
        assertEquals(22, STEP_FROM_INITIAL_CONDITION.size());
    }

    @Test
    void theDuffingMapIsDuffingMapWhileDuffingStaysTheFlow() {
        SystemCatalog catalog = SystemCatalog.builtin();
        assertSame(SystemKind.FLOW, catalog.require("Duffing").kind());
        DynamicalSystem map = catalog.require("DuffingMap");
        assertSame(map, catalog.require("duffingmap"));
        assertSame(SystemKind.MAP, map.kind());
        assertEquals(List.of("a", "b"), map.parameterNames());
        assertEquals(List.of(2.75, 0.2), List.of(map.metadata().defaultParameters()[0],
                map.metadata().defaultParameters()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void stepMatchesTheEquationsAtTheInitialCondition(DynamicalSystem map) {
        double[] expected = STEP_FROM_INITIAL_CONDITION.get(map.name());
        double[] out = new double[map.dimension()];
        map.rhs(map.metadata().initialCondition(), 0.0, map.metadata().defaultParameters(), out);
        assertEquals(expected.length, out.length, map.name());
        for (int i = 0; i < out.length; i++) {
            assertEquals(expected[i], out[i], 1e-12 * Math.max(1, Math.abs(expected[i])), map.name() + " component " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void jacobianMatchesCentralDifferenceAtTheInitialConditionAndAfterAHundredIterations(DynamicalSystem map) {
        assertTrue(map.hasAnalyticJacobian(), map.name() + " should have an analytic Jacobian");
        double[] p = map.metadata().defaultParameters();
        CentralDifferenceJacobian.assertMatches(map, p, map.metadata().initialCondition(), 0, "initial condition");
        double[][] orbit = iterate(map, p, 100);
        CentralDifferenceJacobian.assertMatches(map, p, orbit[orbit.length - 1], 0, "100th iterate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void tenThousandIterationsStayFiniteBoundedAndMoving(DynamicalSystem map) {
        double[][] orbit = iterate(map, map.metadata().defaultParameters(), 10_000);
        for (double[] x : orbit) {
            for (double v : x) {
                assertTrue(Double.isFinite(v) && Math.abs(v) < 1e3, map.name() + " left the box: " + v);
            }
        }
        Set<List<Double>> lastHundred = new HashSet<>();
        for (int i = orbit.length - 100; i < orbit.length; i++) {
            lastHundred.add(rounded(orbit[i]));
        }
        int expected = PERIODIC.getOrDefault(map.name(), 100);
        assertEquals(expected, lastHundred.size(), map.name() + ": distinct points among the last 100 iterates");
    }

    @Test
    void zeraouliaSprottRunsAtItsPublishedParametersBecauseTheCatalogOnesDiverge() {
        DynamicalSystem map = SystemCatalog.builtin().require("ZeraouliaSprott");
        assertArrayEquals(new double[] {2.7, 0.35}, map.metadata().defaultParameters());
        double[][] catalog = iterate(map, new double[] {1.641, 1.902}, 60);
        assertFalse(Math.abs(catalog[60][1]) < 1e6, "catalog parameters: |y| = " + Math.abs(catalog[60][1]));
    }

    private static double[][] iterate(DynamicalSystem map, double[] p, int n) {
        double[][] orbit = new double[n + 1][];
        orbit[0] = map.metadata().initialCondition();
        for (int i = 1; i <= n; i++) {
            orbit[i] = new double[map.dimension()];
            map.rhs(orbit[i - 1], i - 1, p, orbit[i]);
        }
        return orbit;
    }

    private static List<Double> rounded(double[] x) {
        return java.util.Arrays.stream(x).map(v -> Math.rint(v * 1e9) / 1e9).boxed().toList();
    }
}

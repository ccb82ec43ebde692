package org.dynamicsworkbench.analysis.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.flows.Lorenz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The foundation's built-in systems: their equations against an independent transcription of the dysts
 * equations, their analytic Jacobians against a central difference, and 100 periods (maps: 10^4 iterations)
 * from the catalog initial condition that stay finite, bounded and moving. The systems of the other
 * registration lists (CatalogFlowsAToJ, ...) have the same checks in their own test classes.
 */
class SystemEquationsTest {

    /**
     * f(x0) at each catalog initial condition with the catalog parameters, computed outside Java (Python,
     * from the equations table of the spec), so that a typo in a Java right-hand side shows up here.
     */
    private static final Map<String, double[]> RHS_AT_INITIAL_CONDITION = Map.ofEntries(
            Map.entry("Aizawa", new double[] {2.8884510908627967, -2.1947327975463904, -0.5234585396307988}),
            Map.entry("Arneodo", new double[] {0.19079818, 3.4703629, 1.3699215616127418}),
            Map.entry("Chen", new double[] {71.05266350000001, 61.95692751007469, -40.98362684088774}),
            Map.entry("Chua", new double[] {-0.1103601785675984, 0.45685562999999985, 3.18821272}),
            Map.entry("Dadras", new double[] {0.259479937972551, -5.98879403559609, -0.7832233131135009}),
            Map.entry("Duffing", new double[] {-0.5092374, 0.8126081556843833, 1.4}),
            Map.entry("Halvorsen", new double[] {15.645125427227988, 37.898646803513316, -30.83482410358465}),
            Map.entry("Henon", new double[] {-1.037276693307157, 0.365022291}),
            Map.entry("HindmarshRose", new double[] {0.6645940693495116, 0.04146028985341812, -0.050483601249999996}),
            Map.entry("Logistic", new double[] {0.97461}),
            Map.entry("Lorenz", new double[] {-52.515912, -58.0309057332336, 92.416805171376}),
            Map.entry("Lorenz84", new double[] {0.8512360646906059, 30.302327015181216, -3.637177678172446}),
            Map.entry("Lorenz96", new double[] {7.178200125867022, 41.182734860098805, 19.620984950749392,
                5.702717587022091}),
            Map.entry("NoseHoover", new double[] {0.24647527, 2.1706335543258573, 1.4392499412784272}),
            Map.entry("Rossler", new double[] {-0.81884424, 6.60888146, 0.47790644308512786}),
            Map.entry("Rucklidge", new double[] {-0.9239057932692525, 1.9257158, 4.4083469110722495}),
            Map.entry("SprottA", new double[] {1.43079727, -3.7240773101332527, -1.047180827839453}),
            Map.entry("SprottB", new double[] {-0.797443101818896, 0.20301499999999995, -1.50610959069224}),
            Map.entry("SprottC", new double[] {-0.528138681916104, -0.20001757000000003, 0.7772176708768671}),
            Map.entry("SprottD", new double[] {0.21238338, -1.0098689699999999, -0.30653883708700475}),
            Map.entry("SprottE", new double[] {-1.103884680658555, -0.28483984809919, -1.4695036}),
            Map.entry("Thomas", new double[] {2.950806099326325, -5.15756589210234, 2.1308821655764367}));

    static Stream<DynamicalSystem> systems() {
        return RHS_AT_INITIAL_CONDITION.keySet().stream().sorted().map(SystemCatalog.builtin()::require);
    }

    @Test
    void everyFoundationSystemHasAnIndependentRhsOracle() {
        assertTrue(Set.copyOf(SystemCatalog.builtin().names()).containsAll(RHS_AT_INITIAL_CONDITION.keySet()));
        assertEquals(22, RHS_AT_INITIAL_CONDITION.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void rhsMatchesTheEquationsAtTheInitialCondition(DynamicalSystem system) {
        double[] expected = RHS_AT_INITIAL_CONDITION.get(system.name());
        double[] out = new double[system.dimension()];
        system.rhs(system.metadata().initialCondition(), 0.0, system.metadata().defaultParameters(), out);
        for (int i = 0; i < out.length; i++) {
            assertEquals(expected[i], out[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
                    system.name() + " component " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void analyticJacobianMatchesCentralDifferenceAtTheInitialConditionAndOnTheAttractor(DynamicalSystem system) {
        assertTrue(system.hasAnalyticJacobian(), system.name() + " should have an analytic Jacobian");
        double[] p = system.metadata().defaultParameters();
        double[] x0 = system.metadata().initialCondition();
        assertJacobianMatchesDifference(system, p, x0, "initial condition");
        Trajectory run = run(system, 10);
        assertJacobianMatchesDifference(system, p, run.lastState(), "attractor point");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void integratesFromTheCatalogInitialConditionWithoutBlowUpOrStalling(DynamicalSystem system) {
        Trajectory run = run(system, 100);
        int d = system.dimension();
        int n = run.length();
        double maxAbs = 0;
        double largestSpread = 0;
        for (int c = 0; c < d; c++) {
            double sum = 0;
            double sumSquares = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                double v = run.get(i, c);
                assertTrue(Double.isFinite(v), system.name() + " non-finite at sample " + i);
                maxAbs = Math.max(maxAbs, Math.abs(v));
                if (i >= n / 2) {
                    sum += v;
                    sumSquares += v * v;
                    count++;
                }
            }
            double mean = sum / count;
            largestSpread = Math.max(largestSpread, Math.sqrt(Math.max(0, sumSquares / count - mean * mean)));
        }
        assertTrue(maxAbs < 1e6, system.name() + " reached |x| = " + maxAbs);
        assertTrue(largestSpread > 1e-3, system.name() + " settled: largest std of the last half " + largestSpread);
    }

    @Test
    void finiteDifferenceFallbackMatchesAnAnalyticJacobian() {
        DynamicalSystem lorenz = SystemCatalog.builtin().require("Lorenz");
        DynamicalSystem difference = new AbstractDynamicalSystem(lorenz.metadata(), SystemKind.FLOW, 3,
                "beta", "rho", "sigma") {
            @Override
            public void rhs(double[] x, double t, double[] p, double[] out) {
                lorenz.rhs(x, t, p, out);
            }
        };
        assertFalse(difference.hasAnalyticJacobian());
        double[] x = {3.5, -7.25, 21.0};
        double[] p = lorenz.metadata().defaultParameters();
        double[] exact = new double[9];
        double[] approximate = new double[9];
        lorenz.jacobian(x, 0, p, exact);
        difference.jacobian(x, 0, p, approximate);
        for (int i = 0; i < 9; i++) {
            assertEquals(exact[i], approximate[i], 1e-7 * Math.max(1, Math.abs(exact[i])), "entry " + i);
        }
    }

    @Test
    void metadataThatDoesNotFitTheEquationsIsRejected() {
        SystemMetadata twoParameters = SystemMetadata.minimal("Lorenz", SystemKind.FLOW, List.of("beta", "rho"),
                new double[] {1, 2}, new double[] {1, 1, 1}, 0.01, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Lorenz(twoParameters));
        assertEquals("Lorenz: parameters: catalog has [beta, rho] but the equations use [beta, rho, sigma]",
                e.getMessage());
    }

    /** Catalog dt for {@code periods} catalog periods (maps: 100 iterations per "period"). */
    private static Trajectory run(DynamicalSystem system, int periods) {
        SystemMetadata m = system.metadata();
        int steps = system.kind() == SystemKind.MAP ? periods * 100 : (int) Math.round(periods * m.period() / m.dt());
        return IntegrationMethod.RK4.forSystem(system).integrate(system, m.defaultParameters(), m.initialCondition(),
                m.dt(), steps);
    }

    private static void assertJacobianMatchesDifference(DynamicalSystem system, double[] p, double[] x, String where) {
        int d = system.dimension();
        double[] analytic = new double[d * d];
        system.jacobian(x, 0.0, p, analytic);
        double[] plus = new double[d];
        double[] minus = new double[d];
        double scale = 0;
        for (double v : analytic) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < d; j++) {
            double[] shifted = x.clone();
            double h = 1e-5 * Math.max(1, Math.abs(x[j]));
            shifted[j] = x[j] + h;
            system.rhs(shifted, 0.0, p, plus);
            shifted[j] = x[j] - h;
            system.rhs(shifted, 0.0, p, minus);
            for (int i = 0; i < d; i++) {
                double difference = (plus[i] - minus[i]) / (2 * h);
                assertEquals(difference, analytic[i * d + j], 1e-6 * Math.max(1, scale),
                        system.name() + " at the " + where + ": df" + i + "/dx" + j);
            }
        }
    }
}

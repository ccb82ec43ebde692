package org.dynamicsworkbench.analysis.system.delay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The six dysts delay equations: right-hand sides against an independent transcription, and their partials. */
class DelayEquationsTest {

    /**
     * f(x, x_tau) with x = x_tau = the first value of the catalog embedding and the catalog parameters,
     * computed outside Java (Python, from the dysts equations).
     */
    private static final Map<String, Double> DERIVATIVE_AT_INITIAL_VALUE = Map.of(
            "IkedaDelay", -0.5069837420929542,
            "MackeyGlass", 0.06013429156441005,
            "PiecewiseCircuit", -0.12150094503863867,
            "ScrollDelay", -0.05998118600295277,
            "SprottDelay", 0.11680529166748212,
            "VossDelay", -1.845923135207327);

    static Stream<DelayEquation> delaySystems() {
        return SystemCatalog.builtin().systems().stream()
                .filter(system -> system.kind() == SystemKind.DELAY)
                .map(system -> (DelayEquation) system);
    }

    @Test
    void theCatalogHasTheSixDystsDelaySystemsAsTenValueEmbeddings() {
        assertEquals(DERIVATIVE_AT_INITIAL_VALUE.keySet(),
                delaySystems().map(DynamicalSystem::name).collect(java.util.stream.Collectors.toSet()));
        delaySystems().forEach(system -> {
            assertEquals(10, system.dimension(), system.name());
            assertTrue(system.metadata().delay(), system.name());
            assertTrue(system.delay(system.metadata().defaultParameters()) > 0, system.name());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("delaySystems")
    void derivativeMatchesTheDystsEquation(DelayEquation system) {
        double x = system.metadata().initialCondition()[0];
        double expected = DERIVATIVE_AT_INITIAL_VALUE.get(system.name());
        assertEquals(expected, system.derivative(x, x, system.metadata().defaultParameters()),
                1e-12 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("delaySystems")
    void partialDerivativesMatchCentralDifferences(DelayEquation system) {
        double[] p = system.metadata().defaultParameters();
        double[] ic = system.metadata().initialCondition();
        for (int i = 0; i + 1 < ic.length; i++) {
            double x = ic[i];
            double delayed = ic[i + 1];
            double h = 1e-6;
            double byCurrent = (system.derivative(x + h, delayed, p) - system.derivative(x - h, delayed, p)) / (2 * h);
            double byDelayed = (system.derivative(x, delayed + h, p) - system.derivative(x, delayed - h, p)) / (2 * h);
            double scale = 1e-6 * Math.max(1, Math.abs(byDelayed));
            assertEquals(byCurrent, system.derivativeByCurrent(x, delayed, p), scale, system.name() + " df/dx");
            assertEquals(byDelayed, system.derivativeByDelayed(x, delayed, p), scale, system.name() + " df/dx_tau");
        }
    }

    @Test
    void theEmbeddingStateHasNoRightHandSide() {
        DelayEquation system = delaySystems().findFirst().orElseThrow();
        double[] state = system.metadata().initialCondition();
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> system.rhs(state, 0, system.metadata().defaultParameters(), new double[state.length]));
        assertTrue(e.getMessage().contains("DelayIntegrator"), e.getMessage());
    }
}

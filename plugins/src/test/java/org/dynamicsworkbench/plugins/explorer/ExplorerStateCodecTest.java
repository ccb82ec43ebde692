package org.dynamicsworkbench.plugins.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplorerStateCodecTest {
    private static final SystemCatalog CATALOG = SystemCatalog.builtin();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ExplorerStateCodec codec = new ExplorerStateCodec(CATALOG);

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    private String errorOf(String text) throws Exception {
        JsonNode node = json(text);
        return assertThrows(ToolStateException.class, () -> codec.read(node)).getMessage();
    }

    @Test
    void readsTheDocumentedExample() throws Exception {
        ExplorerState state = codec.read(json("{'system': 'Lorenz', 'parameters': {'beta': 2.667, 'rho': 28.0, "
                + "'sigma': 10.0}, 'initialCondition': [1.0, 2.0, 3.0], 'steps': 100000, 'dt': 0.015, "
                + "'method': 'rk4', 'colorBy': 'time', 'colorMap': 'viridis', 'camera': {'yaw': 30.0, "
                + "'pitch': 20.0, 'distance': 80.0, 'target': [0.0, 0.0, 25.0], 'fov': 40.0}}"));
        assertEquals("Lorenz", state.systemName());
        assertArrayEquals(new double[] {2.667, 28.0, 10.0}, state.parameters());
        assertArrayEquals(new double[] {1, 2, 3}, state.initialCondition());
        assertEquals(100_000, state.steps());
        assertEquals(0.015, state.dt());
        assertEquals(IntegrationMethod.RK4, state.method());
        assertEquals(ColorBy.time(), state.colorBy());
        assertEquals(ColorMap.VIRIDIS, state.colorMap());
        assertEquals(new OrbitCamera(30, 20, 80, 0, 0, 25, 40), state.camera());
    }

    @Test
    void writesExactlyTheSessionSchema() throws Exception {
        DynamicalSystem lorenz = CATALOG.require("Lorenz");
        ExplorerState state = ExplorerState.defaults(lorenz).withInitialCondition(new double[] {1, 2, 3})
                .withMethod(IntegrationMethod.DOP853).withColorBy(ColorBy.component(2)).withColorMap(ColorMap.MAGMA)
                .withCamera(new OrbitCamera(30, 20, 80, 0, 0, 25, 40));
        ObjectNode written = codec.write(state);
        assertEquals(json("{'system': 'Lorenz', 'parameters': {'beta': 2.667, 'rho': 28.0, 'sigma': 10.0}, "
                + "'initialCondition': [1.0, 2.0, 3.0], 'steps': 100000, 'dt': 0.015, 'method': 'dop853', "
                + "'colorBy': 'z', 'colorMap': 'magma', 'camera': {'yaw': 30.0, 'pitch': 20.0, 'distance': 80.0, "
                + "'target': [0.0, 0.0, 25.0], 'fov': 40.0}}"), written);
        List<String> fields = new ArrayList<>();
        written.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("system", "parameters", "initialCondition", "steps", "dt", "method", "colorBy",
                "colorMap", "camera"), fields);
    }

    @Test
    void roundTripsEverySystemsDefaultsAndAMovedCamera() throws Exception {
        for (DynamicalSystem system : CATALOG.systems()) {
            ExplorerState fitted = ExplorerState.defaults(system);
            assertEquals(fitted, codec.read(MAPPER.readTree(MAPPER.writeValueAsString(codec.write(fitted)))),
                    system.name());
            ExplorerState moved = fitted.withSteps(1234).withCamera(new OrbitCamera(-12.5, 33, 7.25, 1, -2, 3, 50));
            assertEquals(moved, codec.read(MAPPER.readTree(MAPPER.writeValueAsString(codec.write(moved)))),
                    system.name());
        }
    }

    @Test
    void missingFieldsTakeTheSystemsDefaults() throws Exception {
        DynamicalSystem lorenz = CATALOG.require("Lorenz");
        ExplorerState state = codec.read(json("{'system': 'Lorenz'}"));
        assertEquals(ExplorerState.defaults(lorenz), state);
        assertNull(state.camera(), "no camera means: fit it to the attractor");
        assertEquals(0.015, state.dt(), "dysts' Lorenz period 1.5008 / 100, to two significant digits");
        assertEquals(100_000, state.steps());
        assertArrayEquals(lorenz.metadata().initialCondition(), state.initialCondition());

        ExplorerState henon = codec.read(json("{'system': 'Henon', 'camera': null}"));
        assertEquals(1.0, henon.dt());
        assertEquals(10_000, henon.steps());
    }

    @Test
    void parametersMayListASubset() throws Exception {
        ExplorerState state = codec.read(json("{'system': 'Lorenz', 'parameters': {'rho': 35}}"));
        assertArrayEquals(new double[] {2.667, 35, 10}, state.parameters());
    }

    @Test
    void systemNamesMatchIgnoringCase() throws Exception {
        assertEquals("Rossler", codec.read(json("{'system': 'rossler'}")).systemName());
    }

    @Test
    void unknownTopLevelFieldsAreIgnored() throws Exception {
        ExplorerState state = codec.read(json("{'system': 'Lorenz', 'steps': 5, 'addedInVersion9': {'x': 1}}"));
        assertEquals(5, state.steps());
    }

    @Test
    void integralStepsWrittenAsDecimalsAreAccepted() throws Exception {
        assertEquals(100_000, codec.read(json("{'system': 'Lorenz', 'steps': 100000.0}")).steps());
        assertEquals(100_000, codec.read(json("{'system': 'Lorenz', 'steps': 1e5}")).steps());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'system': 'Lorenzz'} | state.system: unknown system 'Lorenzz' (did you mean Lorenz?)",
        "{'steps': 5} | state.system: missing (the name of a catalog system, e.g. \"Lorenz\")",
        "{'system': 7} | state.system: must be a system name (a string), got 7",
        "{'system': 'Lorenz', 'parameters': {'rh': 1}} | state.parameters.rh: Lorenz has no parameter 'rh' (parameters: beta, rho, sigma)",
        "{'system': 'SprottA', 'parameters': {'a': 1}} | state.parameters.a: SprottA has no parameter 'a' (parameters: none)",
        "{'system': 'Lorenz', 'parameters': {'rho': 'abc'}} | state.parameters.rho: must be a finite number, got \"abc\"",
        "{'system': 'Lorenz', 'parameters': [28]} | state.parameters: must be an object of parameter name: number, got an array",
        "{'system': 'Lorenz', 'initialCondition': [1, 2]} | state.initialCondition: must be an array of 3 numbers (Lorenz has dimension 3), got an array of 2",
        "{'system': 'Lorenz', 'initialCondition': [1, null, 3]} | state.initialCondition[1]: must be a finite number, got null",
        "{'system': 'Lorenz', 'steps': -5} | state.steps: must be an integer in [1, 20000000], got -5",
        "{'system': 'Lorenz', 'steps': 0} | state.steps: must be an integer in [1, 20000000], got 0",
        "{'system': 'Lorenz', 'steps': 20000001} | state.steps: must be an integer in [1, 20000000], got 20000001",
        "{'system': 'Lorenz', 'steps': 2.5} | state.steps: must be an integer in [1, 20000000], got 2.5",
        "{'system': 'Lorenz', 'steps': '100'} | state.steps: must be an integer in [1, 20000000], got \"100\"",
        "{'system': 'Lorenz', 'dt': -1} | state.dt: must be a positive number, got -1",
        "{'system': 'Lorenz', 'dt': 0} | state.dt: must be a positive number, got 0",
        "{'system': 'Lorenz', 'method': 'euler'} | state.method: unknown integration method 'euler' (choose rk4 or dop853)",
        "{'system': 'Lorenz', 'method': 4} | state.method: must be \"rk4\" or \"dop853\", got 4",
        "{'system': 'Lorenz', 'colorBy': 'colour'} | state.colorBy: unknown colour-by 'colour' (valid: time, speed, x, y, z, component:N with N >= 0)",
        "{'system': 'Lorenz', 'colorBy': 'component:3'} | state.colorBy: 'component:3' is out of range: Lorenz has 3 components",
        "{'system': 'Lorenz', 'colorMap': 'jet'} | state.colorMap: unknown colour map 'jet' (valid: viridis, cividis, magma, plasma, inferno, turbo)",
        "{'system': 'Lorenz', 'camera': 3} | state.camera: must be an object with yaw, pitch, distance, target and fov (or null to fit), got 3",
        "{'system': 'Lorenz', 'camera': {'pitch': 1, 'distance': 1, 'target': [0, 0, 0]}} | state.camera.yaw: missing",
        "{'system': 'Lorenz', 'camera': {'yaw': 0, 'pitch': 95, 'distance': 1, 'target': [0, 0, 0]}} | state.camera.pitch: must be in [-89.0, 89.0] degrees, got 95",
        "{'system': 'Lorenz', 'camera': {'yaw': 0, 'pitch': 0, 'distance': -2, 'target': [0, 0, 0]}} | state.camera.distance: must be a positive number, got -2",
        "{'system': 'Lorenz', 'camera': {'yaw': 0, 'pitch': 0, 'distance': 2, 'target': [0, 0]}} | state.camera.target: must be an array of 3 numbers, got an array of 2",
        "{'system': 'Lorenz', 'camera': {'yaw': 0, 'pitch': 0, 'distance': 2, 'target': [0, 'a', 0]}} | state.camera.target[1]: must be a finite number, got \"a\"",
        "{'system': 'Lorenz', 'camera': {'yaw': 0, 'pitch': 0, 'distance': 2, 'target': [0, 0, 0], 'fov': 0}} | state.camera.fov: must be in [1, 170] degrees, got 0",
        "[1, 2] | state: must be a JSON object, got an array",
    })
    void namesTheFieldAndTheProblem(String input, String expected) throws Exception {
        assertEquals(expected, errorOf(input));
    }

    @Test
    void aNonObjectOrNullStateIsRejected() {
        assertEquals("state: must be a JSON object, got nothing",
                assertThrows(ToolStateException.class, () -> codec.read(null)).getMessage());
    }

    @Test
    void readingDoesNotKeepTheCallersArrays() throws Exception {
        JsonNode node = json("{'system': 'Lorenz', 'initialCondition': [1, 2, 3]}");
        ExplorerState state = codec.read(node);
        ((com.fasterxml.jackson.databind.node.ArrayNode) node.get("initialCondition")).set(0, 99.0);
        assertArrayEquals(new double[] {1, 2, 3}, state.initialCondition());
        assertFalse(state.sameTrajectoryAs(state.withParameter("rho", 30)));
    }

    @Test
    void coordinatesRoundTripAndAreValidatedWithTheirPath() throws Exception {
        ExplorerState chosen = codec.read(json("{'system': 'MacArthur', 'coordinates': [9, 0, 2]}"));
        assertArrayEquals(new int[] {9, 0, 2}, chosen.coordinates());
        assertEquals(chosen, codec.read(MAPPER.readTree(MAPPER.writeValueAsString(codec.write(chosen)))));
        assertArrayEquals(new int[] {0, 1, 2}, codec.read(json("{'system': 'MacArthur'}")).coordinates());
        assertEquals("state.coordinates[2]: must be in [0, 10) for MacArthur, got 10",
                errorOf("{'system': 'MacArthur', 'coordinates': [0, 1, 10]}"));
        assertTrue(errorOf("{'system': 'MacArthur', 'coordinates': [0, 1]}")
                .startsWith("state.coordinates: must be an array of three state indices"));
        assertTrue(errorOf("{'system': 'MacArthur', 'coordinates': [0, 1.5, 2]}")
                .startsWith("state.coordinates[1]: must be an integer index"));
        assertEquals("state.coordinates: must be three different indices, got [3, 3, 2]",
                errorOf("{'system': 'MacArthur', 'coordinates': [3, 3, 2]}"));
        assertTrue(errorOf("{'system': 'Lorenz', 'coordinates': [2, 1, 0]}")
                .startsWith("state.coordinates: must be [0, 1, 2]: Lorenz has no choice of coordinates"));
    }
}

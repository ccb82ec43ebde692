package org.dynamicsworkbench.plugins.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.UnknownSystemException;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;
import org.dynamicsworkbench.render.scene.OrbitCamera;

/**
 * Reads and writes an {@link ExplorerState} as the JSON object that session files hold:
 * <pre>
 * {"system": "Lorenz", "parameters": {"beta": 2.667, "rho": 28.0, "sigma": 10.0},
 *  "initialCondition": [-9.79, -15.04, 20.53], "steps": 100000, "dt": 0.015, "method": "rk4",
 *  "colorBy": "time", "colorMap": "viridis",
 *  "camera": {"yaw": 30.0, "pitch": 20.0, "distance": 80.0, "target": [0.0, 0.0, 25.0], "fov": 40.0}}
 * </pre>
 * Only "system" is required; any other field that is missing takes the system's default (see
 * {@link ExplorerState#defaults}), "parameters" may name a subset, and a missing or null "camera" means
 * "fit the camera to the attractor". "coordinates" (three distinct state indices, e.g. [4, 0, 2]) is written
 * and accepted only for a system of more than three dimensions; elsewhere only [0, 1, 2] is accepted. Unknown top-level fields are ignored (newer versions may add some);
 * unknown parameter names are errors. Every error is a {@link ToolStateException} whose message starts
 * with the field's path from "state" ("state.steps: must be an integer in [1, 20000000], got -5").
 * Uses Jackson's tree model only.
 */
public final class ExplorerStateCodec {
    private static final String ROOT = "state";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SystemCatalog catalog;

    public ExplorerStateCodec(SystemCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The state as a JSON object of the schema above (the camera is left out when it is "fit"). */
    public ObjectNode write(ExplorerState state) {
        ObjectNode root = JSON.objectNode();
        root.put("system", state.systemName());
        ObjectNode parameters = root.putObject("parameters");
        List<String> names = state.system().parameterNames();
        double[] values = state.parameters();
        for (int i = 0; i < names.size(); i++) {
            parameters.put(names.get(i), values[i]);
        }
        ArrayNode ic = root.putArray("initialCondition");
        for (double v : state.initialCondition()) {
            ic.add(v);
        }
        root.put("steps", state.steps());
        root.put("dt", state.dt());
        root.put("method", state.method().label());
        root.put("colorBy", state.colorBy().id());
        root.put("colorMap", state.colorMap().id());
        if (ExplorerState.hasCoordinateChoice(state.system())) {
            ArrayNode coordinates = root.putArray("coordinates");
            for (int c : state.coordinates()) {
                coordinates.add(c);
            }
        }
        OrbitCamera camera = state.camera();
        if (camera != null) {
            ObjectNode c = root.putObject("camera");
            c.put("yaw", camera.yawDeg());
            c.put("pitch", camera.pitchDeg());
            c.put("distance", camera.distance());
            c.putArray("target").add(camera.targetX()).add(camera.targetY()).add(camera.targetZ());
            c.put("fov", camera.fovDeg());
        }
        return root;
    }

    /**
     * Validates {@code json} completely and builds the state it describes.
     *
     * @throws ToolStateException naming the first malformed field and what is wrong with it
     */
    public ExplorerState read(JsonNode json) throws ToolStateException {
        if (json == null || !json.isObject()) {
            throw error(ROOT, "must be a JSON object, got " + describe(json));
        }
        DynamicalSystem system = readSystem(json.get("system"));
        ExplorerState defaults = ExplorerState.defaults(system);
        double[] parameters = readParameters(system, json.get("parameters"), defaults.parameters());
        double[] ic = readInitialCondition(system, json.get("initialCondition"), defaults.initialCondition());
        int steps = present(json.get("steps")) ? readSteps(json.get("steps")) : defaults.steps();
        double dt = present(json.get("dt")) ? readPositive("dt", json.get("dt")) : defaults.dt();
        IntegrationMethod method = present(json.get("method")) ? readMethod(json.get("method")) : defaults.method();
        ColorBy colorBy = present(json.get("colorBy")) ? readColorBy(system, json.get("colorBy")) : defaults.colorBy();
        ColorMap colorMap = present(json.get("colorMap")) ? readColorMap(json.get("colorMap")) : defaults.colorMap();
        OrbitCamera camera = present(json.get("camera")) ? readCamera(json.get("camera")) : null;
        int[] coordinates = present(json.get("coordinates")) ? readCoordinates(system, json.get("coordinates"))
                : defaults.coordinates();
        try {
            return new ExplorerState(system, parameters, ic, steps, dt, method, colorBy, colorMap, camera,
                    coordinates);
        } catch (IllegalArgumentException e) {
            // every field was checked above; this only reports a rule the checks above missed
            throw error(ROOT, e.getMessage());
        }
    }

    private DynamicalSystem readSystem(JsonNode node) throws ToolStateException {
        String path = ROOT + ".system";
        if (node == null || node.isNull()) {
            throw error(path, "missing (the name of a catalog system, e.g. \"Lorenz\")");
        }
        if (!node.isTextual()) {
            throw error(path, "must be a system name (a string), got " + describe(node));
        }
        try {
            return catalog.require(node.textValue());
        } catch (UnknownSystemException e) {
            throw error(path, e.getMessage());
        }
    }

    private double[] readParameters(DynamicalSystem system, JsonNode node, double[] defaults)
            throws ToolStateException {
        String path = ROOT + ".parameters";
        double[] values = defaults.clone();
        if (!present(node)) {
            return values;
        }
        if (!node.isObject()) {
            throw error(path, "must be an object of parameter name: number, got " + describe(node));
        }
        List<String> names = system.parameterNames();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            int index = names.indexOf(name);
            if (index < 0) {
                throw error(path + "." + name, system.name() + " has no parameter '" + name + "' (parameters: "
                        + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
            }
            values[index] = readFinite(path + "." + name, entry.getValue());
        }
        return values;
    }

    private static double[] readInitialCondition(DynamicalSystem system, JsonNode node, double[] defaults)
            throws ToolStateException {
        String path = ROOT + ".initialCondition";
        if (!present(node)) {
            return defaults;
        }
        int dimension = system.dimension();
        if (!node.isArray() || node.size() != dimension) {
            throw error(path, "must be an array of " + dimension + " numbers (" + system.name() + " has dimension "
                    + dimension + "), got " + (node.isArray() ? "an array of " + node.size() : describe(node)));
        }
        double[] x0 = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            x0[i] = readFinite(path + "[" + i + "]", node.get(i));
        }
        return x0;
    }

    private static int[] readCoordinates(DynamicalSystem system, JsonNode node) throws ToolStateException {
        String path = ROOT + ".coordinates";
        if (!node.isArray() || node.size() != 3) {
            throw error(path, "must be an array of three state indices, got " + describe(node));
        }
        int[] coordinates = new int[3];
        for (int i = 0; i < 3; i++) {
            JsonNode index = node.get(i);
            if (!index.isNumber() || !(index.isIntegralNumber() || index.canConvertToExactIntegral())
                    || !index.canConvertToInt()) {
                throw error(path + "[" + i + "]", "must be an integer index, got " + describe(index));
            }
            coordinates[i] = index.intValue();
            if (ExplorerState.hasCoordinateChoice(system)
                    && (coordinates[i] < 0 || coordinates[i] >= system.dimension())) {
                throw error(path + "[" + i + "]", "must be in [0, " + system.dimension() + ") for " + system.name()
                        + ", got " + coordinates[i]);
            }
        }
        String problem = ExplorerState.coordinateProblem(system, coordinates);
        if (problem != null) {
            throw error(path, problem);
        }
        return coordinates;
    }

    private static int readSteps(JsonNode node) throws ToolStateException {
        if (node.isNumber() && (node.isIntegralNumber() || node.canConvertToExactIntegral())) {
            BigInteger value = node.bigIntegerValue();
            if (value.signum() > 0 && value.compareTo(BigInteger.valueOf(ExplorerState.MAX_STEPS)) <= 0) {
                return value.intValue();
            }
        }
        throw error(ROOT + ".steps", "must be an integer in [1, " + ExplorerState.MAX_STEPS + "], got " + describe(node));
    }

    private static IntegrationMethod readMethod(JsonNode node) throws ToolStateException {
        String path = ROOT + ".method";
        if (!node.isTextual()) {
            throw error(path, "must be \"rk4\" or \"dop853\", got " + describe(node));
        }
        try {
            return IntegrationMethod.fromLabel(node.textValue());
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private static ColorBy readColorBy(DynamicalSystem system, JsonNode node) throws ToolStateException {
        String path = ROOT + ".colorBy";
        if (!node.isTextual()) {
            throw error(path, "must be a colour-by id (time, speed, x, y, z, component:N), got " + describe(node));
        }
        ColorBy colorBy;
        try {
            colorBy = ColorBy.fromId(node.textValue());
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
        int components = system.dimension();
        if (colorBy.mode() == ColorBy.Mode.COMPONENT && colorBy.component() >= components) {
            throw error(path, "'" + node.textValue() + "' is out of range: " + system.name() + " has "
                    + components + (components == 1 ? " component" : " components"));
        }
        return colorBy;
    }

    private static ColorMap readColorMap(JsonNode node) throws ToolStateException {
        String path = ROOT + ".colorMap";
        if (!node.isTextual()) {
            throw error(path, "must be a colour map id, got " + describe(node));
        }
        try {
            return ColorMap.fromId(node.textValue());
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private static OrbitCamera readCamera(JsonNode node) throws ToolStateException {
        String path = ROOT + ".camera";
        if (!node.isObject()) {
            throw error(path, "must be an object with yaw, pitch, distance, target and fov (or null to fit), got "
                    + describe(node));
        }
        double yaw = readFinite(path + ".yaw", required(path + ".yaw", node.get("yaw")));
        double pitch = readFinite(path + ".pitch", required(path + ".pitch", node.get("pitch")));
        if (Math.abs(pitch) > OrbitCamera.MAX_PITCH_DEG) {
            throw error(path + ".pitch", "must be in [-" + OrbitCamera.MAX_PITCH_DEG + ", " + OrbitCamera.MAX_PITCH_DEG
                    + "] degrees, got " + describe(node.get("pitch")));
        }
        double distance = readPositive("camera.distance", required(path + ".distance", node.get("distance")));
        JsonNode target = required(path + ".target", node.get("target"));
        if (!target.isArray() || target.size() != 3) {
            throw error(path + ".target", "must be an array of 3 numbers, got "
                    + (target.isArray() ? "an array of " + target.size() : describe(target)));
        }
        double tx = readFinite(path + ".target[0]", target.get(0));
        double ty = readFinite(path + ".target[1]", target.get(1));
        double tz = readFinite(path + ".target[2]", target.get(2));
        double fov = OrbitCamera.DEFAULT_FOV_DEG;
        if (present(node.get("fov"))) {
            fov = readFinite(path + ".fov", node.get("fov"));
            if (fov < 1 || fov > 170) {
                throw error(path + ".fov", "must be in [1, 170] degrees, got " + describe(node.get("fov")));
            }
        }
        return new OrbitCamera(yaw, pitch, distance, tx, ty, tz, fov);
    }

    private static JsonNode required(String path, JsonNode node) throws ToolStateException {
        if (!present(node)) {
            throw error(path, "missing");
        }
        return node;
    }

    private static double readFinite(String path, JsonNode node) throws ToolStateException {
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw error(path, "must be a finite number, got " + describe(node));
        }
        return node.doubleValue();
    }

    /** @param field the path below "state" */
    private static double readPositive(String field, JsonNode node) throws ToolStateException {
        if (node == null || !node.isNumber() || !(node.doubleValue() > 0) || !Double.isFinite(node.doubleValue())) {
            throw error(ROOT + "." + field, "must be a positive number, got " + describe(node));
        }
        return node.doubleValue();
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** The offending value as the user wrote it: numbers and strings verbatim, containers by kind. */
    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.toString();
    }

    private static ToolStateException error(String path, String problem) {
        return new ToolStateException(path + ": " + problem);
    }
}

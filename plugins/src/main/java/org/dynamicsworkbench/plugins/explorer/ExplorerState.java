package org.dynamicsworkbench.plugins.explorer;

import java.util.Arrays;
import java.util.Objects;
import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.ParameterValues;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.ColorMap;
import org.dynamicsworkbench.render.scene.OrbitCamera;

/**
 * Everything the attractor explorer shows, as one immutable value: the system, its parameters (in the
 * order of {@link DynamicalSystem#parameterNames()}), the initial condition, how to integrate (steps, dt,
 * method), how to colour the curve, the camera ({@code null} means "fit the camera to the attractor") and
 * which three coordinates are drawn. The constructor checks that every part fits the system; arrays are
 * copied in and out.
 *
 * @param dt          the display sampling step; iterated maps ignore it (they are shown with dt = 1). RK4 flows
 *                    integrate with sub-steps no larger than the catalog dt (see {@link TrajectoryCurves})
 * @param coordinates the three state indices drawn as x, y, z: distinct, each in [0, dimension), for a flow
 *                    or map of three or more dimensions; {@link #DEFAULT_COORDINATES} otherwise (a planar
 *                    system and a delay embedding have their own fixed axes)
 */
public record ExplorerState(DynamicalSystem system, double[] parameters, double[] initialCondition, int steps,
                            double dt, IntegrationMethod method, ColorBy colorBy, ColorMap colorMap,
                            OrbitCamera camera, int[] coordinates) {

    /** The most states one integration may produce (20 million steps of a 3-D flow is ~0.5 GB of doubles). */
    public static final int MAX_STEPS = 20_000_000;
    /** Steps of a flow's default state: 1000 periods at 100 samples per period. */
    public static final int DEFAULT_FLOW_STEPS = 100_000;
    /** Iterations of a map's default state. */
    public static final int DEFAULT_MAP_STEPS = 10_000;
    /** The coordinates drawn by default: the first three. */
    public static final int[] DEFAULT_COORDINATES = {0, 1, 2};

    public ExplorerState {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(colorBy, "colorBy");
        Objects.requireNonNull(colorMap, "colorMap");
        parameters = parameters.clone();
        initialCondition = initialCondition.clone();
        ParameterValues.requireValid(system, parameters);
        if (initialCondition.length != system.dimension()) {
            throw new IllegalArgumentException(system.name() + ": initial condition needs " + system.dimension()
                    + " numbers, got " + initialCondition.length);
        }
        for (int i = 0; i < initialCondition.length; i++) {
            if (!Double.isFinite(initialCondition[i])) {
                throw new IllegalArgumentException(system.name() + ": initial condition [" + i + "] must be finite, got "
                        + initialCondition[i]);
            }
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in [1, " + MAX_STEPS + "], got " + steps);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be a positive finite number, got " + dt);
        }
        coordinates = coordinates.clone();
        String problem = coordinateProblem(system, coordinates);
        if (problem != null) {
            throw new IllegalArgumentException(system.name() + ": coordinates " + problem);
        }
        if (colorBy.mode() == ColorBy.Mode.COMPONENT && colorBy.component() >= system.dimension()) {
            throw new IllegalArgumentException(system.name() + ": cannot colour by '" + colorBy.id() + "', it has "
                    + system.dimension() + " components");
        }
    }

    /**
     * The catalog's parameters and initial condition, coloured by speed with viridis (time over a thousand
     * periods only shows noise), camera fitted. Flows sample at {@link SystemMetadata#defaultSamplingStep()}
     * (a hundredth of the dominant period) for {@value #DEFAULT_FLOW_STEPS} steps; maps iterate
     * {@value #DEFAULT_MAP_STEPS} times.
     */
    public static ExplorerState defaults(DynamicalSystem system) {
        SystemMetadata metadata = system.metadata();
        boolean map = system.kind() == SystemKind.MAP;
        double dt = metadata.defaultSamplingStep();
        int steps = map ? DEFAULT_MAP_STEPS : DEFAULT_FLOW_STEPS;
        return new ExplorerState(system, metadata.defaultParameters(), metadata.initialCondition(), steps, dt,
                IntegrationMethod.RK4, ColorBy.speed(), ColorMap.VIRIDIS, null, DEFAULT_COORDINATES);
    }

    /** Whether the system offers a choice of coordinates: a flow or map of more than three dimensions. */
    public static boolean hasCoordinateChoice(DynamicalSystem system) {
        return system.kind() != SystemKind.DELAY && system.dimension() > 3;
    }

    /**
     * What is wrong with {@code coordinates} for {@code system} ("must be ..."), or null when they fit: three
     * distinct indices in [0, dimension) for a system with a choice, the default [0, 1, 2] for any other.
     */
    public static String coordinateProblem(DynamicalSystem system, int[] coordinates) {
        if (coordinates.length != 3) {
            return "must be three indices, got " + coordinates.length;
        }
        if (!hasCoordinateChoice(system)) {
            return Arrays.equals(coordinates, DEFAULT_COORDINATES) ? null
                    : "must be [0, 1, 2]: " + system.name() + " has no choice of coordinates (it has "
                    + system.dimension() + (system.kind() == SystemKind.DELAY ? ", drawn as a delay embedding)" : ")");
        }
        for (int i = 0; i < 3; i++) {
            if (coordinates[i] < 0 || coordinates[i] >= system.dimension()) {
                return "must be indices in [0, " + system.dimension() + "), got " + coordinates[i];
            }
            for (int j = 0; j < i; j++) {
                if (coordinates[i] == coordinates[j]) {
                    return "must be three different indices, got " + Arrays.toString(coordinates);
                }
            }
        }
        return null;
    }

    @Override
    public int[] coordinates() {
        return coordinates.clone();
    }

    public ExplorerState withCoordinates(int[] c) {
        return new ExplorerState(system, parameters, initialCondition, steps, dt, method, colorBy, colorMap, camera, c);
    }

    public String systemName() {
        return system.name();
    }

    /** The value of the named parameter. */
    public double parameter(String name) {
        int index = system.metadata().parameterIndex(name);
        if (index < 0) {
            throw unknownParameter(name);
        }
        return parameters[index];
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] initialCondition() {
        return initialCondition.clone();
    }

    /**
     * Whether this state and {@code other} integrate to the same curve (the same trajectory drawn through the
     * same coordinates; colours and camera aside).
     */
    public boolean sameTrajectoryAs(ExplorerState other) {
        return system == other.system && Arrays.equals(parameters, other.parameters)
                && Arrays.equals(initialCondition, other.initialCondition) && steps == other.steps
                && Double.compare(dt, other.dt) == 0 && method == other.method
                && Arrays.equals(coordinates, other.coordinates);
    }

    public ExplorerState withParameter(String name, double value) {
        int index = system.metadata().parameterIndex(name);
        if (index < 0) {
            throw unknownParameter(name);
        }
        double[] p = parameters.clone();
        p[index] = value;
        return withParameters(p);
    }

    public ExplorerState withParameters(double[] p) {
        return new ExplorerState(system, p, initialCondition, steps, dt, method, colorBy, colorMap, camera, coordinates);
    }

    public ExplorerState withInitialCondition(double[] x0) {
        return new ExplorerState(system, parameters, x0, steps, dt, method, colorBy, colorMap, camera, coordinates);
    }

    public ExplorerState withSteps(int n) {
        return new ExplorerState(system, parameters, initialCondition, n, dt, method, colorBy, colorMap, camera, coordinates);
    }

    public ExplorerState withDt(double h) {
        return new ExplorerState(system, parameters, initialCondition, steps, h, method, colorBy, colorMap, camera, coordinates);
    }

    public ExplorerState withMethod(IntegrationMethod m) {
        return new ExplorerState(system, parameters, initialCondition, steps, dt, m, colorBy, colorMap, camera, coordinates);
    }

    public ExplorerState withColorBy(ColorBy by) {
        return new ExplorerState(system, parameters, initialCondition, steps, dt, method, by, colorMap, camera, coordinates);
    }

    public ExplorerState withColorMap(ColorMap map) {
        return new ExplorerState(system, parameters, initialCondition, steps, dt, method, colorBy, map, camera, coordinates);
    }

    /** @param cam the camera, or null to fit it to the attractor */
    public ExplorerState withCamera(OrbitCamera cam) {
        return new ExplorerState(system, parameters, initialCondition, steps, dt, method, colorBy, colorMap, cam, coordinates);
    }

    private IllegalArgumentException unknownParameter(String name) {
        return new IllegalArgumentException(system.name() + " has no parameter '" + name + "' (parameters: "
                + (system.parameterNames().isEmpty() ? "none" : String.join(", ", system.parameterNames())) + ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExplorerState s && sameTrajectoryAs(s) && colorBy.equals(s.colorBy)
                && colorMap == s.colorMap && Objects.equals(camera, s.camera);
    }

    @Override
    public int hashCode() {
        return Objects.hash(system.name(), Arrays.hashCode(parameters), Arrays.hashCode(initialCondition), steps, dt,
                method, colorBy, colorMap, camera, Arrays.hashCode(coordinates));
    }

    @Override
    public String toString() {
        return "ExplorerState[" + system.name() + ", parameters=" + Arrays.toString(parameters) + ", initialCondition="
                + Arrays.toString(initialCondition) + ", steps=" + steps + ", dt=" + dt + ", method=" + method
                + ", colorBy=" + colorBy.id() + ", colorMap=" + colorMap.id() + ", camera=" + camera + ", coordinates="
                + Arrays.toString(coordinates) + "]";
    }
}

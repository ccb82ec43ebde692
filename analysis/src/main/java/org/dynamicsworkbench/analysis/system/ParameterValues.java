package org.dynamicsworkbench.analysis.system;

import java.util.Map;

/** Builds the flat parameter array a system's equations take from its defaults and named overrides. */
public final class ParameterValues {

    private ParameterValues() {
    }

    /**
     * The default parameters of {@code metadata} with {@code overrides} applied by name.
     *
     * @return a fresh array in the order of {@link SystemMetadata#parameterNames()}
     * @throws UnknownParameterException if an override names a parameter the system does not have
     * @throws IllegalArgumentException   if an override is null, NaN or infinite
     */
    public static double[] withOverrides(SystemMetadata metadata, Map<String, Double> overrides) {
        double[] values = metadata.defaultParameters();
        for (Map.Entry<String, Double> override : overrides.entrySet()) {
            String name = override.getKey();
            int index = metadata.parameterIndex(name);
            if (index < 0) {
                throw new UnknownParameterException(metadata.name(), name, metadata.parameterNames());
            }
            Double value = override.getValue();
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException(metadata.name() + ": parameter '" + name
                        + "' must be a finite number, got " + value);
            }
            values[index] = value;
        }
        return values;
    }

    /**
     * Checks that {@code parameters} fits {@code system}: one finite value per parameter name.
     *
     * @throws IllegalArgumentException naming the system and the problem
     */
    public static void requireValid(DynamicalSystem system, double[] parameters) {
        int expected = system.parameterNames().size();
        if (parameters.length != expected) {
            throw new IllegalArgumentException(system.name() + ": expected " + expected + " parameters "
                    + system.parameterNames() + ", got " + parameters.length);
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!Double.isFinite(parameters[i])) {
                throw new IllegalArgumentException(system.name() + ": parameter '" + system.parameterNames().get(i)
                        + "' must be finite, got " + parameters[i]);
            }
        }
    }
}

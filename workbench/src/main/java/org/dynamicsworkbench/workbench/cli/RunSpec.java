package org.dynamicsworkbench.workbench.cli;

import java.util.Arrays;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;

/**
 * A fully resolved run of a catalog system: parameters in the system's order, initial condition, step and
 * number of steps. Built from {@link SystemOptions} with the catalog's defaults filled in.
 */
record RunSpec(DynamicalSystem system, double[] parameters, double[] initialCondition, double dt, int steps) {

    RunSpec {
        parameters = parameters.clone();
        initialCondition = initialCondition.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] initialCondition() {
        return initialCondition.clone();
    }

    @Override
    public String toString() {
        return system.name() + " " + Arrays.toString(parameters) + " x0=" + Arrays.toString(initialCondition)
                + " dt=" + dt + " steps=" + steps;
    }
}

package org.dynamicsworkbench.workbench.cli;

import java.util.Arrays;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;

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

    /**
     * The default step of a system: a hundredth of the catalog's dominant period for flows (the catalog's
     * own dt when it lists no period), 1 for maps.
     */
    static double defaultDt(DynamicalSystem system) {
        if (system.kind() == SystemKind.MAP) {
            return 1.0;
        }
        double period = system.metadata().period();
        return Double.isFinite(period) && period > 0 ? period / 100.0 : system.metadata().dt();
    }

    @Override
    public String toString() {
        return system.name() + " " + Arrays.toString(parameters) + " x0=" + Arrays.toString(initialCondition)
                + " dt=" + dt + " steps=" + steps;
    }
}

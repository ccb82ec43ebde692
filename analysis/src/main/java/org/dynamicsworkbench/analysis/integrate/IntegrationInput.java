package org.dynamicsworkbench.analysis.integrate;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.ParameterValues;
import org.dynamicsworkbench.analysis.system.SystemKind;

/** Argument checks shared by the integrators; every message names the system. */
final class IntegrationInput {

    private IntegrationInput() {
    }

    /** Checks parameters, initial state, step count, dt (flows only), and the kind of system. */
    static void validate(DynamicalSystem system, SystemKind expected, double[] parameters, double[] x0, double dt,
                         int steps) {
        if (system.kind() != expected) {
            throw new IllegalArgumentException(system.name() + " is a " + system.kind().label() + "; "
                    + switch (system.kind()) {
                        case MAP -> "iterate it with MapIterator";
                        case DELAY -> "integrate it with DelayIntegrator";
                        case FLOW -> "integrate it with Rk4Integrator or Dop853Integrator";
                    });
        }
        ParameterValues.requireValid(system, parameters);
        int d = system.dimension();
        if (x0.length != d) {
            throw new IllegalArgumentException(system.name() + ": initial state has " + x0.length
                    + " values, the system has dimension " + d);
        }
        if (DivergenceCheck.isDiverged(x0, 0, d)) {
            throw new IllegalArgumentException(system.name() + ": initial state must be finite and below "
                    + DivergenceCheck.LIMIT + " in magnitude");
        }
        if (steps < 0) {
            throw new IllegalArgumentException(system.name() + ": steps must be >= 0, got " + steps);
        }
        if ((long) (steps + 1) * d > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(system.name() + ": " + steps + " steps of dimension " + d
                    + " do not fit in one array");
        }
        if (expected != SystemKind.MAP && !(dt > 0 && Double.isFinite(dt))) {
            throw new IllegalArgumentException(system.name() + ": dt must be a positive number, got " + dt);
        }
    }
}

package org.dynamicsworkbench.analysis.integrate;

import java.util.Locale;

import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemKind;

/** The integration methods a user can choose for flows; maps are always iterated, delay equations use RK4. */
public enum IntegrationMethod {
    /** Classical fixed-step fourth-order Runge-Kutta. */
    RK4(new Rk4Integrator()),
    /** Adaptive Dormand-Prince 8(5,3) with default tolerances, sampled from dense output. */
    DOP853(new Dop853Integrator());

    private static final Integrator MAP_ITERATOR = new MapIterator();
    private static final Integrator DELAY_INTEGRATOR = new DelayIntegrator();
    private final Integrator flowIntegrator;

    IntegrationMethod(Integrator flowIntegrator) {
        this.flowIntegrator = flowIntegrator;
    }

    /**
     * The integrator for {@code system}: this method for a flow, the {@link MapIterator} for a map, the
     * {@link DelayIntegrator} (fixed-step RK4 on the delay grid, whatever the method) for a delay equation.
     */
    public Integrator forSystem(DynamicalSystem system) {
        return switch (system.kind()) {
            case MAP -> MAP_ITERATOR;
            case DELAY -> DELAY_INTEGRATOR;
            case FLOW -> flowIntegrator;
        };
    }

    /** Lower-case name used on the command line and in JSON ("rk4", "dop853"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The method with that label, ignoring case.
     *
     * @throws IllegalArgumentException naming the input and the choices
     */
    public static IntegrationMethod fromLabel(String label) {
        for (IntegrationMethod method : values()) {
            if (method.label().equalsIgnoreCase(label.trim())) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown integration method '" + label + "' (choose rk4 or dop853)");
    }
}

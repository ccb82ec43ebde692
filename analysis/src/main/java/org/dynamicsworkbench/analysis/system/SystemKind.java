package org.dynamicsworkbench.analysis.system;

/**
 * Continuous-time flow (x' = f(x, t)), discrete-time map (x_{n+1} = f(x_n)), or delay differential equation
 * (x'(t) = f(x(t), x(t - tau)), integrated by {@link org.dynamicsworkbench.analysis.integrate.DelayIntegrator}).
 */
public enum SystemKind {
    FLOW, MAP, DELAY;

    /** Lower-case name used on the command line and in JSON ("flow", "map", "delay"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

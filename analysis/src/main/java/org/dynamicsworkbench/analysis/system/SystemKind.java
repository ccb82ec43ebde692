package org.dynamicsworkbench.analysis.system;

/** Continuous-time flow (x' = f(x, t)) or discrete-time map (x_{n+1} = f(x_n)). */
public enum SystemKind {
    FLOW, MAP;

    /** Lower-case name used on the command line and in JSON ("flow", "map"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

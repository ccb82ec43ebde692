package org.dynamicsworkbench.render.figure;

/** Reference marks a panel draws under its series. */
public enum Guide {
    /** The unit circle {@code |z| = 1}; its extent joins the automatic axis ranges. */
    UNIT_CIRCLE,
    /** Thin lines along {@code x = 0} and {@code y = 0} where they are visible. */
    ZERO_LINES
}

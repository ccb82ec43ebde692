package org.dynamicsworkbench.render.scene;

/**
 * The glyph of a {@link Marker3D}: a screen-space square of fixed pixel size, solid, hollow or a plus sign. The
 * usual reading for equilibria and cycle points: {@link #FILLED} stable, {@link #RING} unstable, {@link #CROSS} saddle.
 */
public enum MarkerStyle {
    /** A solid square (a stable point). */
    FILLED,
    /** A square frame whose centre shows what lies behind it (an unstable point). */
    RING,
    /** A plus sign (a saddle). */
    CROSS
}

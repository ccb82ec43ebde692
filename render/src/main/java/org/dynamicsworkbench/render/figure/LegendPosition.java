package org.dynamicsworkbench.render.figure;

/** Where a panel's legend sits inside its plot area, or {@link #NONE}. */
public enum LegendPosition { NONE, UPPER_RIGHT, UPPER_LEFT, LOWER_RIGHT, LOWER_LEFT }

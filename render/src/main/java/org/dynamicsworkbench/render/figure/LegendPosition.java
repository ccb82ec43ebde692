package org.dynamicsworkbench.render.figure;

/**
 * Where a panel's legend sits: in a corner of its plot area, to the right of it ({@link #OUTSIDE_RIGHT}: the plot
 * area narrows to make room, so the legend never covers data), or nowhere ({@link #NONE}).
 */
public enum LegendPosition { NONE, UPPER_RIGHT, UPPER_LEFT, LOWER_RIGHT, LOWER_LEFT, OUTSIDE_RIGHT }

package org.dynamicsworkbench.render.figure;

/**
 * One thing drawn in a panel's data coordinates. Every series has an {@link #id()} that is stable across
 * sessions and unique within its figure, and a {@link #label()} in {@link RichText} markup for the legend
 * (empty: not in the legend).
 */
public sealed interface Series
        permits LineSeries, ScatterSeries, BarSeries, HeatMapSeries, ContourSeries, VectorFieldSeries, ImageSeries,
        AreaSeries {

    /** Stable id (see {@link FigureIds}). */
    String id();

    /** Legend label in markup; empty when the series has no legend entry. */
    String label();

    /** The extent of the x values usable on {@code scale}, or {@code null} if there are none. */
    Range xExtent(AxisScale scale);

    /** The extent of the y values usable on {@code scale}, or {@code null} if there are none. */
    Range yExtent(AxisScale scale);

    /** Whether an automatic axis range leaves a margin around this series (points and lines) or not (grids, images). */
    default boolean padded() {
        return true;
    }
}

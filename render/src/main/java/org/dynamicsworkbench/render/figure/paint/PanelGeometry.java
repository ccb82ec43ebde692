package org.dynamicsworkbench.render.figure.paint;

/** Where a panel was painted: its cell, its plot area and the mappings between data and points. */
public record PanelGeometry(String panelId, Box cell, Box plotArea, AxisMapping x, AxisMapping y) {
}

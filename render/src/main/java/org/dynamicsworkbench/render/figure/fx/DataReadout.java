package org.dynamicsworkbench.render.figure.fx;

/** The data coordinates under the pointer in panel {@code panelId}. */
public record DataReadout(String panelId, double x, double y) {
}

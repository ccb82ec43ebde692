package org.dynamicsworkbench.render.figure.paint;

import java.util.List;

/** The geometry of every panel of a painted figure, in the order of the figure's panels. */
public record FigureLayout(List<PanelGeometry> panels) {

    public FigureLayout {
        panels = List.copyOf(panels);
    }

    /** The panel whose plot area contains {@code (x, y)} (points), or {@code null}. */
    public PanelGeometry panelAt(double x, double y) {
        for (PanelGeometry p : panels) {
            if (p.plotArea().contains(x, y)) {
                return p;
            }
        }
        return null;
    }

    /** The geometry of the panel with this id, or {@code null}. */
    public PanelGeometry panel(String panelId) {
        for (PanelGeometry p : panels) {
            if (p.panelId().equals(panelId)) {
                return p;
            }
        }
        return null;
    }
}

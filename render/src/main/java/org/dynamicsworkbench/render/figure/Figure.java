package org.dynamicsworkbench.render.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure: a stable id (for {@code figures SESSION} and {@code export --figure ID}), a title (markup, may be
 * empty), panels laid out row by row in {@code columns} columns, and its default size. With more than one panel
 * each panel is lettered (a), (b), ... in order. Series ids are unique across the whole figure.
 */
public record Figure(String id, String title, List<Panel> panels, int columns, FigureSize size) {

    public Figure {
        FigureIds.require(id, "figure");
        title = title == null ? "" : title;
        RichText.parse(title);
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("figure '" + id + "' has no panels");
        }
        if (columns < 1 || columns > panels.size()) {
            throw new IllegalArgumentException("figure '" + id + "': columns must be 1-" + panels.size() + ", got " + columns);
        }
        if (size == null) {
            throw new IllegalArgumentException("figure '" + id + "': size is null");
        }
        Map<String, String> owners = new HashMap<>();
        for (Panel p : panels) {
            if (owners.put("panel:" + p.id(), p.id()) != null) {
                throw new IllegalArgumentException("figure '" + id + "' has two panels with id '" + p.id() + "'");
            }
            for (Series s : p.series()) {
                String previous = owners.put("series:" + s.id(), p.id());
                if (previous != null) {
                    throw new IllegalArgumentException("figure '" + id + "': series id '" + s.id()
                            + "' is used in panels '" + previous + "' and '" + p.id() + "'");
                }
            }
        }
    }

    /** A one-panel figure. */
    public static Figure single(String id, Panel panel, FigureSize size) {
        return new Figure(id, "", List.of(panel), 1, size);
    }

    /** Rows of the panel grid. */
    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** Whether panels carry letters: more than one panel. */
    public boolean lettered() {
        return panels.size() > 1;
    }

    /** The letter of panel {@code index}: "(a)", "(b)", ..., "(z)", "(aa)", ... */
    public static String panelLetter(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index;
        do {
            sb.insert(0, (char) ('a' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return "(" + sb + ")";
    }

    public Figure withSize(FigureSize newSize) {
        return new Figure(id, title, panels, columns, newSize);
    }

    /** This figure with {@code replacement} in place of the panel with the same id. */
    public Figure withPanel(Panel replacement) {
        List<Panel> updated = panels.stream().map(p -> p.id().equals(replacement.id()) ? replacement : p).toList();
        if (updated.equals(panels) && panelById(replacement.id()) == null) {
            throw new IllegalArgumentException("figure '" + id + "' has no panel '" + replacement.id() + "'");
        }
        return new Figure(id, title, updated, columns, size);
    }

    /** The panel with this id, or {@code null}. */
    public Panel panelById(String panelId) {
        for (Panel p : panels) {
            if (p.id().equals(panelId)) {
                return p;
            }
        }
        return null;
    }

    /** Every series id in panel order, for listings. */
    public List<String> seriesIds() {
        return panels.stream().flatMap(p -> p.series().stream()).map(Series::id).toList();
    }
}

package org.dynamicsworkbench.workbench.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.render.figure.Figure;

/**
 * Every figure of a session's (or a window's) tools, in tool order, with ids unique across the session: a tool's
 * own ids are kept, and when a second tool offers the same id (two explorers) its figure is listed as
 * {@code ID-2}, a third as {@code ID-3}, and so on.
 */
public final class SessionFigures {

    /** One figure: its session-wide id, the tool it comes from (id and index in the session) and its spec. */
    public record Entry(String id, String toolId, int toolIndex, FigureSpec spec) {

        /** Builds the figure, carrying the session-wide id. */
        public Figure build(FigureRequest request) throws Exception {
            Figure figure = spec.build(request);
            return figure.id().equals(id) ? figure
                    : new Figure(id, figure.title(), figure.panels(), figure.columns(), figure.size());
        }

        /** Title for listings: the spec's title, with the tool's position when the id was renamed. */
        public String title() {
            return id.equals(spec.id()) ? spec.title() : spec.title() + " (tool " + (toolIndex + 1) + ")";
        }
    }

    private final List<Entry> entries;

    /** Collects entries from tools given in session order. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();
        private final Set<String> taken = new HashSet<>();

        public Builder add(String toolId, int toolIndex, List<FigureSpec> specs) {
            for (FigureSpec spec : specs) {
                String id = spec.id();
                for (int k = 2; !taken.add(id); k++) {
                    id = spec.id() + "-" + k;
                }
                entries.add(new Entry(id, toolId, toolIndex, spec));
            }
            return this;
        }

        public SessionFigures build() {
            return new SessionFigures(entries);
        }
    }

    private SessionFigures(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }

    /**
     * The entry with this id.
     *
     * @throws IllegalArgumentException for an unknown id, listing the available ones
     */
    public Entry require(String id) {
        for (Entry e : entries) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown figure '" + id + "' (available: "
                + (entries.isEmpty() ? "none" : String.join(", ", ids())) + ")");
    }
}

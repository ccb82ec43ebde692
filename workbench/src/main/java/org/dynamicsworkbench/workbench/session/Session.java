package org.dynamicsworkbench.workbench.session;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable workbench session of the current version: the open tools in tab order with their states,
 * which one is selected, and the data files and runs it refers to. {@code selectedTool} is an index into
 * {@link #tools()} (0 when there are no tools). Older files are migrated to this shape when read.
 */
public final class Session {
    /** The value of the "format" field of every session file. */
    public static final String FORMAT = "dynamics-workbench-session";
    /** The version this build writes; it reads this and every older one. */
    public static final int CURRENT_VERSION = 2;

    private final List<ToolEntry> tools;
    private final int selectedTool;
    private final List<DataReference> data;

    /** @throws IllegalArgumentException for a selection out of range or two data references with one name */
    public Session(List<ToolEntry> tools, int selectedTool, List<DataReference> data) {
        this.tools = List.copyOf(Objects.requireNonNull(tools, "tools"));
        this.data = List.copyOf(Objects.requireNonNull(data, "data"));
        boolean validIndex = this.tools.isEmpty() ? selectedTool == 0 : selectedTool >= 0 && selectedTool < this.tools.size();
        if (!validIndex) {
            throw new IllegalArgumentException("selected tool " + selectedTool + " out of range for " + this.tools.size() + " tools");
        }
        Set<String> names = new HashSet<>();
        for (DataReference ref : this.data) {
            if (!names.add(ref.name())) {
                throw new IllegalArgumentException("two data references are named '" + ref.name() + "'");
            }
        }
        this.selectedTool = selectedTool;
    }

    /** A session without data references. */
    public static Session of(List<ToolEntry> tools, int selectedTool) {
        return new Session(tools, selectedTool, List.of());
    }

    /** This session with {@code newData} as its data references. */
    public Session withData(List<DataReference> newData) {
        return new Session(tools, selectedTool, newData);
    }

    /** Always {@link #CURRENT_VERSION}: what this session is written as. */
    public int version() {
        return CURRENT_VERSION;
    }

    public List<ToolEntry> tools() {
        return tools;
    }

    public int selectedTool() {
        return selectedTool;
    }

    /** The data files and runs the session refers to, relative to its folder. */
    public List<DataReference> data() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Session other && selectedTool == other.selectedTool && tools.equals(other.tools)
                && data.equals(other.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tools, selectedTool, data);
    }

    @Override
    public String toString() {
        return "Session[" + tools + ", selected " + selectedTool + ", data " + data + "]";
    }
}

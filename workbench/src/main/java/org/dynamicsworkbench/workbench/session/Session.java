package org.dynamicsworkbench.workbench.session;

import java.util.List;
import java.util.Objects;

/**
 * An immutable workbench session: the open tools in tab order with their states, and which one is
 * selected. {@code selectedTool} is an index into {@link #tools()} (0 when there are no tools).
 */
public final class Session {
    /** The value of the "format" field of every session file. */
    public static final String FORMAT = "dynamics-workbench-session";
    /** The version this build writes; it reads this and every older one. */
    public static final int CURRENT_VERSION = 1;

    private final int version;
    private final List<ToolEntry> tools;
    private final int selectedTool;

    public Session(int version, List<ToolEntry> tools, int selectedTool) {
        if (version < 1 || version > CURRENT_VERSION) {
            throw new IllegalArgumentException("version must be in [1, " + CURRENT_VERSION + "], got " + version);
        }
        this.tools = List.copyOf(Objects.requireNonNull(tools, "tools"));
        boolean validIndex = this.tools.isEmpty() ? selectedTool == 0 : selectedTool >= 0 && selectedTool < this.tools.size();
        if (!validIndex) {
            throw new IllegalArgumentException("selected tool " + selectedTool + " out of range for " + this.tools.size() + " tools");
        }
        this.version = version;
        this.selectedTool = selectedTool;
    }

    /** A session of the current version. */
    public static Session of(List<ToolEntry> tools, int selectedTool) {
        return new Session(CURRENT_VERSION, tools, selectedTool);
    }

    public int version() {
        return version;
    }

    public List<ToolEntry> tools() {
        return tools;
    }

    public int selectedTool() {
        return selectedTool;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Session other && version == other.version && selectedTool == other.selectedTool
                && tools.equals(other.tools);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, tools, selectedTool);
    }

    @Override
    public String toString() {
        return "Session[v" + version + ", " + tools + ", selected " + selectedTool + "]";
    }
}

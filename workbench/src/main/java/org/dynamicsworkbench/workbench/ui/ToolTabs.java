package org.dynamicsworkbench.workbench.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.dynamicsworkbench.workbench.session.Session;
import org.dynamicsworkbench.workbench.session.ToolEntry;

/**
 * The tab pane of open tools: one tab per instance, in session order. Closing a tab closes its instance
 * and reports the change; replacing all tabs closes the old instances only after the new ones are shown.
 */
final class ToolTabs {
    private final TabPane pane = new TabPane();
    private final Map<Tab, OpenTool> open = new IdentityHashMap<>();
    private final Runnable changed;

    /** @param changed called when the user closes a tab (the session changes) */
    ToolTabs(Runnable changed) {
        this.changed = changed;
        pane.setId("tool-tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    }

    TabPane pane() {
        return pane;
    }

    /** Adds a tab for {@code tool}, selects it and attaches its context. */
    void add(OpenTool tool) {
        Tab tab = tabFor(tool);
        pane.getTabs().add(tab);
        tool.context().attach();
        pane.getSelectionModel().select(tab);
    }

    /** Replaces every tab by {@code tools}, selecting index {@code selected}; the old instances are closed. */
    void replaceAll(List<OpenTool> tools, int selected) {
        List<OpenTool> old = new ArrayList<>(open.values());
        open.clear();
        List<Tab> tabs = new ArrayList<>();
        for (OpenTool tool : tools) {
            tabs.add(tabFor(tool));
        }
        pane.getTabs().setAll(tabs); // programmatic removal does not fire the tabs' onClosed
        if (!tabs.isEmpty()) {
            pane.getSelectionModel().select(selected);
        }
        tools.forEach(t -> t.context().attach());
        old.forEach(t -> t.instance().close());
    }

    /** The open tools in tab order. */
    List<OpenTool> tools() {
        List<OpenTool> tools = new ArrayList<>();
        for (Tab tab : pane.getTabs()) {
            tools.add(open.get(tab));
        }
        return tools;
    }

    /** The current session: each tool's saved state, in tab order, and the selected tab. */
    Session snapshot() {
        List<ToolEntry> entries = new ArrayList<>();
        for (OpenTool tool : tools()) {
            entries.add(new ToolEntry(tool.tool().id(), tool.instance().saveState()));
        }
        int selected = Math.max(0, pane.getSelectionModel().getSelectedIndex());
        return Session.of(entries, entries.isEmpty() ? 0 : Math.min(selected, entries.size() - 1));
    }

    /** Closes every instance (window closing). */
    void closeAll() {
        List<OpenTool> old = new ArrayList<>(open.values());
        open.clear();
        pane.getTabs().clear();
        old.forEach(t -> t.instance().close());
    }

    private Tab tabFor(OpenTool tool) {
        Tab tab = new Tab(tool.tool().title(), tool.instance().view());
        tab.setOnClosed(e -> {
            OpenTool closed = open.remove(tab);
            if (closed != null) {
                closed.instance().close();
                changed.run();
            }
        });
        open.put(tab, tool);
        return tab;
    }
}

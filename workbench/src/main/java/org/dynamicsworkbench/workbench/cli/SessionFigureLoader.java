package org.dynamicsworkbench.workbench.cli;

import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.workbench.figures.SessionFigures;
import org.dynamicsworkbench.workbench.session.Session;
import org.dynamicsworkbench.workbench.session.SessionFormatException;
import org.dynamicsworkbench.workbench.session.SessionStore;
import org.dynamicsworkbench.workbench.session.ToolEntry;
import org.dynamicsworkbench.workbench.tools.InstalledTools;

/** Reads a session file and lists the figures its tools offer, headless; errors name the file and the field. */
final class SessionFigureLoader {
    private SessionFigureLoader() {
    }

    static SessionFigures load(String sessionArgument, InstalledTools tools) throws SessionFormatException {
        Path file = Path.of(sessionArgument);
        Session session = new SessionStore(tools.ids()).read(file);
        SessionFigures.Builder figures = new SessionFigures.Builder();
        List<ToolEntry> entries = session.tools();
        for (int i = 0; i < entries.size(); i++) {
            ToolEntry entry = entries.get(i);
            Tool tool = tools.find(entry.toolId()).orElseThrow();
            try {
                figures.add(tool.id(), i, tool.figuresFor(entry.state(), file.toAbsolutePath().normalize().getParent()));
            } catch (ToolStateException e) {
                String message = e.getMessage().startsWith("state") ? e.getMessage() : "state: " + e.getMessage();
                throw new InputException(file.toString(), "tools[" + i + "]." + message, e);
            }
        }
        return figures.build();
    }
}

package org.dynamicsworkbench.workbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.workbench.session.SessionDocument;
import org.dynamicsworkbench.workbench.session.SessionFormatException;
import org.dynamicsworkbench.workbench.session.ToolEntry;
import org.dynamicsworkbench.workbench.tools.InstalledTools;

/**
 * Opens fresh instances for every tool of a session and restores their states, before anything is shown.
 * A tool rejecting its state becomes a {@link SessionFormatException} naming the file, the line of the
 * offending field and the problem; the instances opened so far are closed. FX thread.
 */
final class SessionRestorer {
    /** A tool's error that starts with a field path, e.g. "camera.fov: must be ...". */
    private static final Pattern FIELD_PATH = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*(\\[\\d+\\]|\\.[A-Za-z_][A-Za-z0-9_-]*)*): ");

    private SessionRestorer() {
    }

    /**
     * @param sessionFile the file the session was read from (its folder is where the tools' relative paths resolve),
     *                    or null for an untitled session (they then resolve against the working folder)
     */
    static List<OpenTool> restore(SessionDocument document, Path sessionFile, InstalledTools tools,
                                  Function<Tool, OpenTool> opener) throws SessionFormatException {
        Path folder = sessionFile == null ? Path.of("").toAbsolutePath()
                : sessionFile.toAbsolutePath().normalize().getParent();
        List<OpenTool> fresh = new ArrayList<>();
        try {
            List<ToolEntry> entries = document.session().tools();
            for (int i = 0; i < entries.size(); i++) {
                ToolEntry entry = entries.get(i);
                String where = "tools[" + i + "]";
                Tool tool = tools.find(entry.toolId()).orElseThrow(() -> document.problem(where + ".tool",
                        "unknown tool '" + entry.toolId() + "'"));
                OpenTool opened = opener.apply(tool);
                fresh.add(opened);
                try {
                    opened.instance().restoreState(entry.state(), folder);
                } catch (ToolStateException e) {
                    throw stateProblem(document, where + ".state", e);
                }
            }
            return fresh;
        } catch (SessionFormatException | RuntimeException e) {
            fresh.forEach(t -> t.instance().close());
            throw e;
        }
    }

    /** Splits a tool's message into the field it names (if any) and the problem, and finds the field's line. */
    static SessionFormatException stateProblem(SessionDocument document, String statePath, ToolStateException e) {
        String message = e.getMessage() == null ? "malformed" : e.getMessage();
        Matcher m = FIELD_PATH.matcher(message);
        SessionFormatException problem;
        if (m.lookingAt()) {
            String field = m.group(1);
            if (field.equals("state") || field.startsWith("state.") || field.startsWith("state[")) {
                field = field.substring("state".length());
            } else {
                field = "." + field;
            }
            problem = document.problem(statePath + field, message.substring(m.end()));
        } else {
            problem = document.problem(statePath, message);
        }
        problem.initCause(e);
        return problem;
    }
}

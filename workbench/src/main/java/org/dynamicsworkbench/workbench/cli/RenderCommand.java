package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.UnknownSystemException;
import org.dynamicsworkbench.plugins.explorer.ExplorerState;
import org.dynamicsworkbench.plugins.explorer.ExplorerStateCodec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.workbench.session.Session;
import org.dynamicsworkbench.workbench.session.SessionFormatException;
import org.dynamicsworkbench.workbench.session.SessionStore;
import org.dynamicsworkbench.workbench.session.ToolEntry;
import org.dynamicsworkbench.workbench.tools.InstalledTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code render}: draws a catalog system (default view, fitted camera) or the attractor explorer of a
 * session (its parameters, colours and camera) offscreen with OpenGL and writes a PNG of the requested
 * pixel size. Needs an X server (e.g. xvfb-run); nothing of JavaFX is loaded.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders a system or a session's attractor explorer to a PNG (offscreen OpenGL;",
                "needs an X server, e.g. xvfb-run)."})
final class RenderCommand implements Callable<Integer> {
    static final String EXPLORER_TOOL = "attractor-explorer";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM|SESSION", description = "A catalog system name or a session .json file.")
    String source;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "The PNG to write.")
    String out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1280", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    String width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "800", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    String height;

    @Option(names = "--steps", paramLabel = "N", description = "Steps to integrate (default: the session's, or the system's default).")
    String steps;

    @Option(names = "--dpi", paramLabel = "D", defaultValue = "96", description = "Resolution stored in the PNG (default: ${DEFAULT-VALUE}).")
    String dpi;

    @Override
    public Integer call() throws Exception {
        Path file = OutputFile.check("--out", out, List.of(".png"));
        int w = NumberArguments.integer(width, "--width " + width, 1, OffscreenRendering.MAX_SIZE);
        int h = NumberArguments.integer(height, "--height " + height, 1, OffscreenRendering.MAX_SIZE);
        double resolution = NumberArguments.positive(dpi, "--dpi " + dpi);
        ExplorerState state = state();
        if (steps != null) {
            state = state.withSteps(NumberArguments.integer(steps, "--steps " + steps, 1, ExplorerState.MAX_STEPS));
        }
        int points = OffscreenRendering.renderToPng(state, w, h, file, resolution);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s: %d points rendered at %dx%d to %s%n", state.system().name(), points, w, h, file);
        stdout.flush();
        return WorkbenchCli.OK;
    }

    /** The explorer state of the session file, or the default state of the named system. */
    private ExplorerState state() throws SessionFormatException {
        SystemCatalog catalog = SystemCatalog.builtin();
        if (source.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return sessionState(Path.of(source), catalog);
        }
        try {
            return ExplorerState.defaults(catalog.require(source));
        } catch (UnknownSystemException e) {
            throw new InputException(source, e.getMessage(), e);
        }
    }

    /** @throws SessionFormatException naming the file and the problem (the command line prints it as is) */
    private static ExplorerState sessionState(Path file, SystemCatalog catalog) throws SessionFormatException {
        Session session = new SessionStore(InstalledTools.load().ids()).read(file);
        int index = explorerIndex(session);
        if (index < 0) {
            throw new InputException(file.toString(), "no " + EXPLORER_TOOL + " tool to render");
        }
        JsonNode state = session.tools().get(index).state();
        try {
            return new ExplorerStateCodec(catalog).read(state);
        } catch (ToolStateException e) {
            String message = e.getMessage().startsWith("state") ? e.getMessage() : "state: " + e.getMessage();
            throw new InputException(file.toString(), "tools[" + index + "]." + message, e);
        }
    }

    /** The selected tool if it is an explorer, otherwise the first explorer, otherwise -1. */
    private static int explorerIndex(Session session) {
        List<ToolEntry> tools = session.tools();
        if (!tools.isEmpty() && tools.get(session.selectedTool()).toolId().equals(EXPLORER_TOOL)) {
            return session.selectedTool();
        }
        for (int i = 0; i < tools.size(); i++) {
            if (tools.get(i).toolId().equals(EXPLORER_TOOL)) {
                return i;
            }
        }
        return -1;
    }
}

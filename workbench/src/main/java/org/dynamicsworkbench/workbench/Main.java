package org.dynamicsworkbench.workbench;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dynamicsworkbench.workbench.cli.WorkbenchCli;
import org.dynamicsworkbench.workbench.ui.WindowArguments;
import org.dynamicsworkbench.workbench.ui.WorkbenchApp;

/**
 * Entry point of the runnable jar. No argument: opens the window. One argument naming an existing
 * {@code .json} file: opens the window on that session. Either may come with {@code --plugins DIR} (extra
 * tools from the jars in DIR). Anything else: the command line (picocli subcommands, see {@code --help}). Does not extend {@code Application} (classpath launch of JavaFX).
 */
public final class Main {
    /**
     * Held so that the level set below survives (JUL keeps loggers weakly). Silences JavaFX's harmless
     * "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" warning.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        Optional<WindowArguments> window = WindowArguments.parse(args);
        if (window.isPresent()) {
            openWindow(window.get());
        } else {
            System.exit(WorkbenchCli.run(args));
        }
    }

    private static void openWindow(WindowArguments arguments) {
        if (isLinux() && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            System.err.println("error: the window needs a display (DISPLAY is not set); for headless use run a"
                    + " subcommand, see --help");
            System.exit(WorkbenchCli.BAD_INPUT);
        }
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        WorkbenchApp.launchWindow(arguments);
        System.exit(0); // JOGL and AWT helper threads must not keep the JVM alive after the window closed
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

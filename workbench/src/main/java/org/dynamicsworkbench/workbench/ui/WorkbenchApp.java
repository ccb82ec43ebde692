package org.dynamicsworkbench.workbench.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.workbench.session.RecentFiles;
import org.dynamicsworkbench.workbench.tools.InstalledTools;

/**
 * The JavaFX application: starts the shared GL renderer, opens the {@link MainWindow} (on the session
 * given as the only argument, if any) and closes both on exit. Launched by {@code Main}, which does not
 * extend {@code Application} (the class-path launch of JavaFX needs that).
 */
public final class WorkbenchApp extends Application {
    private GlRenderer renderer;
    private MainWindow window;

    /** Launches the window and blocks until it is closed. {@code session} may be null. */
    public static void launchWindow(Path session) {
        String[] args = session == null ? new String[0] : new String[] {session.toString()};
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        try {
            renderer = GlRenderer.startInteractive();
        } catch (RenderException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            alert.setHeaderText("OpenGL 3 rendering is not available");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = new MainWindow(stage, InstalledTools.load(), renderer, RecentFiles.inUserConfig());
        List<String> args = getParameters().getRaw();
        window.show(args.isEmpty() ? null : Path.of(args.get(0)));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (renderer != null) {
            renderer.close();
        }
    }
}

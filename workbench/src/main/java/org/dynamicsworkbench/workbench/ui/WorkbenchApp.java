package org.dynamicsworkbench.workbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.workbench.tools.InstalledTools;

/**
 * The JavaFX application: starts the shared GL renderer, loads the tools (built-in, and those of the plugin
 * folder given with {@code --plugins} or else the one remembered from the "Plugins folder..." menu item),
 * opens the {@link MainWindow} (on the session given, if any) and closes both on exit. Launched by {@code Main}, which does not
 * extend {@code Application} (the class-path launch of JavaFX needs that).
 */
public final class WorkbenchApp extends Application {
    private GlRenderer renderer;
    private MainWindow window;

    /** Launches the window and blocks until it is closed. */
    public static void launchWindow(WindowArguments arguments) {
        List<String> args = new ArrayList<>();
        if (arguments.pluginFolder() != null) {
            args.add(WindowArguments.PLUGINS_OPTION);
            args.add(arguments.pluginFolder().toString());
        }
        if (arguments.session() != null) {
            args.add(arguments.session().toString());
        }
        Application.launch(WorkbenchApp.class, args.toArray(String[]::new));
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
        WindowSettings settings = WindowSettings.inUserConfig();
        WindowArguments arguments = WindowArguments.parse(getParameters().getRaw().toArray(String[]::new))
                .orElse(new WindowArguments(null, null));
        Optional<Path> plugins = Optional.ofNullable(arguments.pluginFolder()).or(() -> settings.pluginFolder().read());
        InstalledTools tools = plugins.map(InstalledTools::load).orElseGet(InstalledTools::load);
        window = new MainWindow(stage, tools, renderer, settings);
        window.show(arguments.session());
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

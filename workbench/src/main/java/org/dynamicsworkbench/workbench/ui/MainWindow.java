package org.dynamicsworkbench.workbench.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.workbench.session.RecentFiles;
import org.dynamicsworkbench.workbench.session.Session;
import org.dynamicsworkbench.workbench.session.SessionFormatException;
import org.dynamicsworkbench.workbench.session.SessionStore;
import org.dynamicsworkbench.workbench.session.ToolEntry;
import org.dynamicsworkbench.workbench.task.TaskRunner;
import org.dynamicsworkbench.workbench.tools.InstalledTools;

/**
 * The workbench window: File and Tools menus, a tab per open tool, and the status bar. Owns the session
 * lifecycle (new, open, save, the unsaved mark in the title) and the background task runner; shares the
 * one {@link GlRenderer} it is given (and does not close it). Opening a session validates all of it,
 * including each tool's state restored on fresh instances, before any tab is replaced: a malformed file
 * leaves the window as it was and shows an error naming the file and the problem. FX thread only.
 */
public final class MainWindow {
    public static final String APP_TITLE = "Dynamics Workbench";
    /** The tool opened in a new session. */
    public static final String DEFAULT_TOOL = "attractor-explorer";
    private static final int TASK_THREADS = 2;
    /** A tool's error that starts with a field path, e.g. "camera.fov: must be ...". */
    private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[\\d+\\]|\\.[A-Za-z_][A-Za-z0-9_]*)*: ");

    private final Stage stage;
    private final InstalledTools tools;
    private final GlRenderer renderer;
    private final RecentFiles recentFiles;
    private final SessionStore store;
    private final TaskRunner tasks;
    private final StatusBar statusBar = new StatusBar();
    private final ToolTabs tabs;
    private final Menu recentMenu = new Menu("Open Recent");
    private Path sessionFile;
    private boolean dirty;
    private Alert lastError;

    public MainWindow(Stage stage, InstalledTools tools, GlRenderer renderer, RecentFiles recentFiles) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.tools = Objects.requireNonNull(tools, "tools");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        this.store = new SessionStore(tools.ids());
        this.tasks = new TaskRunner(TASK_THREADS, Platform::runLater, TaskRunner.DEFAULT_PROGRESS_INTERVAL);
        this.tasks.addListener(statusBar);
        this.tabs = new ToolTabs(this::markDirty);
        statusBar.setGlDescription(renderer.glDescription());

        BorderPane root = new BorderPane();
        root.setTop(menuBar());
        root.setCenter(tabs.pane());
        root.setBottom(statusBar);
        stage.setScene(new Scene(root, 1400, 900));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard("closing")) {
                e.consume();
            }
        });
        updateTitle();
    }

    /**
     * Shows the window with {@code session} open, or a new session (one explorer on Lorenz) when it is null
     * or cannot be opened (the error is shown over the window).
     */
    public void show(Path session) {
        stage.show();
        if (session == null || !openSession(session)) {
            newSession();
        }
    }

    /** Replaces the open tools by a new session: one attractor explorer with its default system (Lorenz). */
    public void newSession() {
        List<OpenTool> fresh = new ArrayList<>();
        Optional<Tool> explorer = tools.find(DEFAULT_TOOL).or(() -> tools.all().stream().findFirst());
        explorer.ifPresent(tool -> fresh.add(open(tool)));
        tabs.replaceAll(fresh, 0);
        sessionFile = null;
        dirty = false;
        updateTitle();
        statusBar.showMessage("New session");
    }

    /**
     * Opens the session in {@code file}: reads and validates it, restores every tool's state on fresh
     * instances, and only then replaces the open tabs. On any problem shows an error dialog naming the
     * file and the problem, closes the fresh instances and leaves the window as it was.
     *
     * @return whether the session was opened
     */
    public boolean openSession(Path file) {
        Session session;
        List<OpenTool> fresh = new ArrayList<>();
        try {
            session = store.read(file);
            for (int i = 0; i < session.tools().size(); i++) {
                ToolEntry entry = session.tools().get(i);
                Tool tool = tools.find(entry.toolId()).orElseThrow(); // the store only accepts installed ids
                OpenTool opened = open(tool);
                fresh.add(opened);
                restore(opened.instance(), entry.state(), file + ": tools[" + i + "].state");
            }
        } catch (SessionFormatException e) {
            fresh.forEach(t -> t.instance().close());
            showError("Cannot open session", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            fresh.forEach(t -> t.instance().close());
            showError("Cannot open session", file + ": " + e);
            return false;
        }
        tabs.replaceAll(fresh, session.selectedTool());
        sessionFile = file;
        dirty = false;
        updateTitle();
        rememberRecent(file);
        statusBar.showMessage("Opened " + file);
        return true;
    }

    private static void restore(ToolInstance instance, ObjectNode state, String where) throws SessionFormatException {
        try {
            instance.restoreState(state);
        } catch (ToolStateException e) {
            String message = e.getMessage() == null ? "malformed" : e.getMessage();
            if (message.startsWith("state.")) {
                message = message.substring("state".length());
            } else if (FIELD_PATH.matcher(message).lookingAt()) {
                message = "." + message;
            } else {
                message = ": " + message;
            }
            throw new SessionFormatException(where + message, e);
        }
    }

    /** Opens a new instance of {@code tool} in a new tab. */
    public void openTool(Tool tool) {
        tabs.add(open(tool));
        markDirty();
    }

    /** Saves to the current file, or asks for one. @return whether the session was written */
    public boolean save() {
        return sessionFile == null ? saveAs() : saveTo(sessionFile);
    }

    /** Asks for a file and saves there. @return whether the session was written */
    public boolean saveAs() {
        FileChooser chooser = sessionChooser("Save Session");
        if (sessionFile != null) {
            chooser.setInitialFileName(sessionFile.getFileName().toString());
        } else {
            chooser.setInitialFileName("session.json");
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return false;
        }
        Path target = chosen.toPath();
        if (!target.getFileName().toString().endsWith(".json")) {
            target = target.resolveSibling(target.getFileName() + ".json");
        }
        return saveTo(target);
    }

    /** Writes the session to {@code file} (atomically) and makes it the current file. */
    public boolean saveTo(Path file) {
        try {
            store.write(tabs.snapshot(), file);
        } catch (IOException e) {
            showError("Cannot save session", file + ": " + e.getMessage());
            return false;
        }
        sessionFile = file;
        dirty = false;
        updateTitle();
        rememberRecent(file);
        statusBar.showMessage("Saved " + file);
        return true;
    }

    /** The session as it would be saved now. */
    public Session currentSession() {
        return tabs.snapshot();
    }

    /** The open tool instances, in tab order. */
    public List<ToolInstance> openInstances() {
        return tabs.tools().stream().map(OpenTool::instance).toList();
    }

    public Path sessionFile() {
        return sessionFile;
    }

    public boolean isDirty() {
        return dirty;
    }

    public Stage stage() {
        return stage;
    }

    /** The error dialog shown last (it may have been closed since), or null. */
    Alert lastError() {
        return lastError;
    }

    String statusMessage() {
        return statusBar.message();
    }

    /** Cancels the background tasks and closes every tool (the renderer stays open). */
    public void dispose() {
        tasks.close();
        tabs.closeAll();
    }

    private OpenTool open(Tool tool) {
        WorkbenchToolContext context = new WorkbenchToolContext(tasks, renderer, statusBar::showMessage,
                this::showError, this::markDirty);
        return new OpenTool(tool, tool.open(context), context);
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            updateTitle();
        }
    }

    private void updateTitle() {
        String name = sessionFile == null ? "untitled" : String.valueOf(sessionFile.getFileName());
        stage.setTitle(name + (dirty ? "*" : "") + " - " + APP_TITLE);
    }

    private void showError(String title, String message) {
        statusBar.showMessage(title);
        lastError = ErrorDialogs.show(stage, title, message);
    }

    private void rememberRecent(Path file) {
        try {
            recentFiles.add(file);
        } catch (IOException e) {
            statusBar.showMessage("Could not update the recent files list: " + e.getMessage());
        }
    }

    /** Asks whether unsaved changes may be dropped; offers to save them. */
    private boolean confirmDiscard(String action) {
        if (!dirty) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discardButton = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The session has unsaved changes. Save them before "
                + action + "?", saveButton, discardButton, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("Unsaved changes");
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveButton) {
            return save();
        }
        return answer == discardButton;
    }

    private FileChooser sessionChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sessions (*.json)", "*.json"));
        Path folder = sessionFile != null ? sessionFile.toAbsolutePath().getParent() : null;
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private MenuBar menuBar() {
        MenuItem newItem = item("New", "Shortcut+N", () -> {
            if (confirmDiscard("starting a new session")) {
                newSession();
            }
        });
        MenuItem openItem = item("Open...", "Shortcut+O", () -> {
            if (!confirmDiscard("opening another session")) {
                return;
            }
            File chosen = sessionChooser("Open Session").showOpenDialog(stage);
            if (chosen != null) {
                openSession(chosen.toPath());
            }
        });
        recentMenu.setOnShowing(e -> refreshRecentMenu());
        refreshRecentMenu();
        MenuItem saveItem = item("Save", "Shortcut+S", this::save);
        MenuItem saveAsItem = item("Save As...", "Shortcut+Shift+S", this::saveAs);
        MenuItem quitItem = item("Quit", "Shortcut+Q", () -> {
            if (confirmDiscard("quitting")) {
                Platform.exit();
            }
        });
        Menu file = new Menu("File", null, newItem, openItem, recentMenu, new SeparatorMenuItem(), saveItem,
                saveAsItem, new SeparatorMenuItem(), quitItem);
        file.setId("menu-file");

        Menu toolsMenu = new Menu("Tools");
        toolsMenu.setId("menu-tools");
        for (Tool tool : tools.all()) {
            MenuItem open = new MenuItem(tool.title());
            open.setId("open-tool-" + tool.id());
            open.setOnAction(e -> openTool(tool));
            toolsMenu.getItems().add(open);
        }
        MenuBar bar = new MenuBar(file, toolsMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path recent : recentFiles.list()) {
            MenuItem item = new MenuItem(recent.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (confirmDiscard("opening another session")) {
                    openSession(recent);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}

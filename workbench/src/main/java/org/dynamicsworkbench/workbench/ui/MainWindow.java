package org.dynamicsworkbench.workbench.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.workbench.figures.FigureWriter;
import org.dynamicsworkbench.workbench.figures.SessionFigures;
import org.dynamicsworkbench.workbench.session.DataReference;
import org.dynamicsworkbench.workbench.session.RecentFiles;
import org.dynamicsworkbench.workbench.session.Session;
import org.dynamicsworkbench.workbench.session.SessionAutosave;
import org.dynamicsworkbench.workbench.session.SessionDocument;
import org.dynamicsworkbench.workbench.session.SessionFormatException;
import org.dynamicsworkbench.workbench.session.SessionStore;
import org.dynamicsworkbench.workbench.task.TaskRunner;
import org.dynamicsworkbench.workbench.tools.InstalledTools;

/**
 * The workbench window: File and Tools menus, a tab per open tool, and the status bar. Owns the session
 * lifecycle (new, open, save with a backup of the previous version, the unsaved mark in the title, the
 * periodic autosave of unsaved changes and their recovery after a crash), the installed tools (built-in
 * and from the chosen plugin folder, whose problems it reports in the status bar and the log) and the
 * background task runner; shares the one {@link GlRenderer} it is given (and does not close it). Opening a
 * session validates all of it, including each tool's state restored on fresh instances, before any tab is
 * replaced: a malformed file leaves the window as it was and shows an error naming the file, the line and
 * the problem. FX thread only.
 */
public final class MainWindow {
    public static final String APP_TITLE = "Dynamics Workbench";
    /** The tool opened in a new session. */
    public static final String DEFAULT_TOOL = "attractor-explorer";
    /** Background tasks run in parallel up to the cores (a sweep's runs, a tool's analyses), at least two. */
    private static final int TASK_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final Stage stage;
    private final GlRenderer renderer;
    private final WindowSettings settings;
    private final RecentFiles recentFiles;
    private final TaskRunner tasks;
    private final StatusBar statusBar = new StatusBar();
    private final ToolTabs tabs;
    private final Menu recentMenu = new Menu("Open Recent");
    private final Menu toolsMenu = new Menu("Tools");
    private final List<InstalledTools> replacedTools = new ArrayList<>();
    private final Timeline autosaveTimer;
    private InstalledTools tools;
    private SessionStore store;
    private SessionAutosave autosave;
    private List<DataReference> sessionData = List.of();
    private Path sessionFile;
    private boolean dirty;
    private Alert lastError;
    private Alert recoveryPrompt;
    private boolean awaitingRecovery;

    /**
     * @param tools    the installed tools; the window reports their {@link InstalledTools#problems()} and
     *                 closes them (and any loaded later from another plugin folder) in {@link #dispose()}
     * @param settings where recent files, the autosave and the plugin folder setting live
     */
    public MainWindow(Stage stage, InstalledTools tools, GlRenderer renderer, WindowSettings settings) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.recentFiles = settings.recentFiles();
        this.tasks = new TaskRunner(TASK_THREADS, Platform::runLater, TaskRunner.DEFAULT_PROGRESS_INTERVAL);
        this.toolsMenu.setId("menu-tools");
        installTools(Objects.requireNonNull(tools, "tools"));
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
        autosaveTimer = new Timeline(new KeyFrame(Duration.millis(settings.autosaveInterval().toMillis()),
                e -> autosaveNow()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Shows the window with {@code session} open, or a new session (one explorer on Lorenz) when it is null
     * or cannot be opened (the error is shown over the window). Then offers to recover an autosave left by
     * a run that did not end normally, and starts autosaving.
     */
    public void show(Path session) {
        stage.show();
        Optional<SessionAutosave.Recovery> pending = pendingAutosave();
        awaitingRecovery = pending.isPresent(); // the first session must not clear the autosave being offered
        if (session == null || !openSession(session)) {
            newSession();
        }
        pending.ifPresent(recovery -> recoveryPrompt = RecoveryPrompt.show(stage, recovery, () -> {
            awaitingRecovery = false;
            recover(recovery);
        }, () -> {
            awaitingRecovery = false;
            clearAutosave();
        }));
        autosaveTimer.play();
    }

    /** Replaces the open tools by a new session: one attractor explorer with its default system (Lorenz). */
    public void newSession() {
        List<OpenTool> fresh = new ArrayList<>();
        Optional<Tool> explorer = tools.find(DEFAULT_TOOL).or(() -> tools.all().stream().findFirst());
        explorer.ifPresent(tool -> fresh.add(open(tool)));
        tabs.replaceAll(fresh, 0);
        sessionFile = null;
        sessionData = List.of();
        setClean();
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
        SessionDocument document;
        List<OpenTool> fresh;
        try {
            document = store.readDocument(file);
            fresh = SessionRestorer.restore(document, file, tools, this::open);
        } catch (SessionFormatException e) {
            showError("Cannot open session", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            showError("Cannot open session", file + ": " + e);
            return false;
        }
        tabs.replaceAll(fresh, document.session().selectedTool());
        sessionFile = file;
        sessionData = document.session().data();
        setClean();
        rememberRecent(file);
        statusBar.showMessage("Opened " + file + (document.fileVersion() < Session.CURRENT_VERSION
                ? " (a version " + document.fileVersion() + " session; saving writes version " + Session.CURRENT_VERSION + ")"
                : ""));
        return true;
    }

    /**
     * Writes the current session to the autosave when it has unsaved changes (the timer calls this).
     *
     * @return whether an autosave was written
     */
    boolean autosaveNow() {
        if (!dirty) {
            return false;
        }
        try {
            autosave.write(currentSession(), sessionFile, Instant.now());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "autosave to " + autosave.file() + " failed", e);
            statusBar.showMessage("Autosave failed: " + autosave.file() + ": " + e.getMessage());
            return false;
        }
    }

    /** The autosave waiting to be recovered; an unusable one is moved aside and reported. */
    private Optional<SessionAutosave.Recovery> pendingAutosave() {
        try {
            return autosave.pending();
        } catch (SessionFormatException e) {
            Path aside = autosave.file().resolveSibling(autosave.file().getFileName() + ".unusable");
            try {
                Files.move(autosave.file(), aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "cannot move the unusable autosave aside", moveFailed);
            }
            showError("Cannot recover the autosaved session", e.getMessage() + " (kept as " + aside + ")");
            return Optional.empty();
        }
    }

    /**
     * Replaces the open tools by the autosaved session, marked unsaved and tied to the file it belonged to.
     *
     * @return whether it was recovered (an error is shown otherwise, and the autosave is kept)
     */
    boolean recover(SessionAutosave.Recovery recovery) {
        List<OpenTool> fresh;
        try {
            fresh = SessionRestorer.restore(recovery.document(), recovery.sessionFile().orElse(null), tools, this::open);
        } catch (SessionFormatException e) {
            showError("Cannot recover the autosaved session", e.getMessage());
            return false;
        }
        tabs.replaceAll(fresh, recovery.document().session().selectedTool());
        sessionFile = recovery.sessionFile().orElse(null);
        sessionData = recovery.document().session().data();
        dirty = true;
        updateTitle();
        statusBar.showMessage("Recovered the session autosaved at " + recovery.savedAt());
        return true;
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

    /**
     * Writes the session to {@code file} (atomically, keeping the previous version as {@code <file>.bak})
     * and makes it the current file.
     */
    public boolean saveTo(Path file) {
        try {
            store.write(currentSession(), file);
        } catch (IOException e) {
            showError("Cannot save session", file + ": " + e.getMessage());
            return false;
        }
        sessionFile = file;
        setClean();
        rememberRecent(file);
        statusBar.showMessage("Saved " + file);
        return true;
    }

    /** The session as it would be saved now. */
    public Session currentSession() {
        return tabs.snapshot().withData(sessionData);
    }

    /** The installed tools now (they change when the user picks another plugin folder). */
    public InstalledTools installedTools() {
        return tools;
    }

    /**
     * Loads the tools of the jars in {@code folder} (next to the built-in ones), remembers the folder for the
     * next start, rebuilds the Tools menu and reports what was skipped. Open tools stay open.
     */
    public void usePluginFolder(Path folder) {
        try {
            settings.pluginFolder().write(folder);
        } catch (IOException e) {
            statusBar.showMessage("Could not remember the plugins folder: " + e.getMessage());
        }
        replacedTools.add(tools);
        installTools(InstalledTools.load(folder));
        if (tools.problems().isEmpty()) {
            statusBar.showMessage("Plugins folder " + folder + ": " + tools.all().size() + " tools installed");
        }
    }

    /** Every figure the open tools offer now, in tab order, with ids unique across the window. */
    public SessionFigures openFigures() {
        SessionFigures.Builder figures = new SessionFigures.Builder();
        List<OpenTool> open = tabs.tools();
        for (int i = 0; i < open.size(); i++) {
            figures.add(open.get(i).tool().id(), i, open.get(i).instance().figures());
        }
        return figures.build();
    }

    /** File > Export figure...: the dialog, then the export in the background. */
    void exportFigure() {
        SessionFigures figures = openFigures();
        if (figures.entries().isEmpty()) {
            statusBar.showMessage("No open tool offers a figure to export");
            return;
        }
        FigureWriter writer = FigureWriter.borrowing(renderer);
        new ExportFigureDialog(stage, figures, tasks, writer).showAndWait().ifPresent(settings -> {
            SessionFigures.Entry entry = figures.require(settings.figureId());
            Path file = settings.file();
            tasks.submit("Exporting " + file.getFileName(), (progress, cancel) -> {
                writer.write(entry, settings.format(), settings.size(), settings.dpi(), file);
                return file;
            }, written -> statusBar.showMessage("Wrote " + written), failure -> showError("Figure export failed",
                    file + ": " + (failure.getCause() != null && failure.getMessage() == null ? failure.getCause() : failure.getMessage())));
        });
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

    /** The recovery prompt shown at start, or null when there was nothing to recover. */
    Alert recoveryPrompt() {
        return recoveryPrompt;
    }

    /**
     * Stops autosaving, cancels the background tasks, closes every tool and the plugin jars (the renderer
     * stays open). A normal end: the autosave is removed, so the next start offers no recovery.
     */
    public void dispose() {
        autosaveTimer.stop();
        tasks.close();
        tabs.closeAll();
        awaitingRecovery = false;
        clearAutosave();
        tools.close();
        replacedTools.forEach(InstalledTools::close);
    }

    private void installTools(InstalledTools installed) {
        tools = installed;
        store = new SessionStore(installed.ids());
        autosave = new SessionAutosave(settings.autosaveFile(), store.codec());
        rebuildToolsMenu();
        reportPluginProblems(installed.problems());
    }

    private void reportPluginProblems(List<String> problems) {
        for (String problem : problems) {
            LOG.warning(problem);
        }
        if (!problems.isEmpty()) {
            statusBar.showMessage(problems.get(0) + (problems.size() > 1
                    ? " (and " + (problems.size() - 1) + " more; see the log)" : ""));
        }
    }

    private void setClean() {
        dirty = false;
        updateTitle();
        clearAutosave();
    }

    private void clearAutosave() {
        if (awaitingRecovery) {
            return;
        }
        try {
            autosave.clear();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove the autosave " + autosave.file(), e);
        }
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
        MenuItem exportItem = item("Export figure...", "Shortcut+E", this::exportFigure);
        exportItem.setId("menu-export-figure");
        MenuItem quitItem = item("Quit", "Shortcut+Q", () -> {
            if (confirmDiscard("quitting")) {
                Platform.exit();
            }
        });
        Menu file = new Menu("File", null, newItem, openItem, recentMenu, new SeparatorMenuItem(), saveItem,
                saveAsItem, new SeparatorMenuItem(), exportItem, new SeparatorMenuItem(), quitItem);
        file.setId("menu-file");

        MenuBar bar = new MenuBar(file, toolsMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void rebuildToolsMenu() {
        toolsMenu.getItems().clear();
        for (Tool tool : tools.all()) {
            MenuItem open = new MenuItem(tool.title());
            open.setMnemonicParsing(false);
            open.setId("open-tool-" + tool.id());
            open.setOnAction(e -> openTool(tool));
            toolsMenu.getItems().add(open);
        }
        MenuItem folder = new MenuItem("Plugins folder...");
        folder.setId("plugins-folder");
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Plugins folder (the tools of its .jar files are loaded)");
            settings.pluginFolder().read().filter(Files::isDirectory).ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
            File chosen = chooser.showDialog(stage);
            if (chosen != null) {
                usePluginFolder(chosen.toPath());
            }
        });
        toolsMenu.getItems().addAll(new SeparatorMenuItem(), folder);
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

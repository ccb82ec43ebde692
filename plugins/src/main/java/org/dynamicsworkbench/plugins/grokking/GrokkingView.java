package org.dynamicsworkbench.plugins.grokking;

import static org.dynamicsworkbench.plugins.runs.RunViewParts.button;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.run.SweepGrid;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.runs.RunViewParts;
import org.dynamicsworkbench.plugins.timeline.SmoothingControl;
import org.dynamicsworkbench.plugins.timeline.TimelineControl;
import org.dynamicsworkbench.render.figure.fx.FigureView;

/**
 * The Grokking tool's window: the setup form (preset, every hyperparameter with the papers' value beside it), the
 * run and sweep commands, the backend and progress on the left; the curves beside the correctness grid and the Fourier
 * map (a click on a curve seeks the timeline), the weight curves in a second tab and the phase diagram in a third;
 * the timeline and smoothing controls below.
 */
final class GrokkingView extends BorderPane {
    /** Sweeps above this many runs ask before launching (the count is stated). */
    static final int SWEEP_CONFIRM = 2 * Runtime.getRuntime().availableProcessors() + 8;

    private final GrokkingViewModel viewModel;
    private final FigureView curves = new FigureView();
    private final FigureView grid = new FigureView();
    private final FigureView fourier = new FigureView();
    private final FigureView weights = new FigureView();
    private final FigureView phase = new FigureView();
    private final TimelineControl timelineControl;
    private final SmoothingControl smoothingControl = new SmoothingControl();
    private final ChoiceBox<String> preset = new ChoiceBox<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Label backend = new Label();
    private final Label message = new Label();
    private final TextField rowGrid = new TextField("wd=0,0.3,1");
    private final TextField columnGrid = new TextField("frac=0.3,0.4,0.5");
    private boolean showingSetup;

    GrokkingView(GrokkingViewModel viewModel) {
        this.viewModel = viewModel;
        setId("grokkingView");
        curves.setId("grokkingCurves");
        grid.setId("grokkingGrid");
        fourier.setId("grokkingFourier");
        weights.setId("grokkingWeights");
        phase.setId("grokkingPhase");
        backend.setId("grokkingBackend");
        message.setId("grokkingMessage");
        message.setWrapText(true);
        timelineControl = new TimelineControl(viewModel.timeline());
        smoothingControl.weightProperty().bindBidirectional(viewModel.smoothingProperty());
        setLeft(new ScrollPane(controls()));
        setCenter(tabs());
        setBottom(RunViewParts.timelineBar(timelineControl, smoothingControl));
        RunViewParts.seekOnClick(viewModel.timeline(), List.of(curves, weights));
        viewModel.runsProperty().addListener((o, was, now) -> showCurves());
        viewModel.stateProperty().addListener((o, was, now) -> {
            if (was == null || was.step() != now.step() || was.smoothing() != now.smoothing()) {
                showCurves();
            }
            showSetup(now.setup());
        });
        viewModel.checkpointProperty().addListener((o, was, now) -> showCheckpoint(now));
        viewModel.sweepProperty().addListener((o, was, now) -> showPhase());
        viewModel.backendProperty().addListener((o, was, now) -> showBackend(now));
        message.textProperty().bind(viewModel.messageProperty());
        showSetup(viewModel.stateProperty().get().setup());
        showBackend(viewModel.backendProperty().get());
        showCurves();
        showCheckpoint(viewModel.checkpointProperty().get());
        showPhase();
    }

    FigureView curvesView() {
        return curves;
    }

    FigureView gridView() {
        return grid;
    }

    FigureView fourierView() {
        return fourier;
    }

    TimelineControl timelineControl() {
        return timelineControl;
    }

    void dispose() {
        timelineControl.dispose();
    }

    private TabPane tabs() {
        // the curves take the full height beside the grid and the Fourier map; the weight curves (three panels with
        // legends) get a tab of their own, where they have room
        GridPane views = new GridPane();
        views.add(curves, 0, 0, 1, 2);
        views.add(grid, 1, 0);
        views.add(fourier, 1, 1);
        RunViewParts.shareGrid(420, 300, List.of(curves, grid, fourier));
        Tab run = new Tab("Run", views);
        Tab weightsTab = new Tab("Weights", weights);
        Tab sweep = new Tab("Phase diagram", phase);
        for (Tab t : List.of(run, weightsTab, sweep)) {
            t.setClosable(false);
        }
        return new TabPane(run, weightsTab, sweep);
    }

    private VBox controls() {
        preset.setId("grokking-preset");
        preset.setItems(FXCollections.observableArrayList(GrokkingSetup.PRESETS));
        preset.getItems().add(GrokkingSetup.CUSTOM);
        preset.valueProperty().addListener((o, was, now) -> {
            if (!showingSetup && now != null && !GrokkingSetup.CUSTOM.equals(now)) {
                viewModel.setSetup(GrokkingSetup.preset(now).withSeed(viewModel.stateProperty().get().setup().seed()));
            }
        });
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.add(new Label("Preset"), 0, 0);
        form.add(preset, 1, 0);
        String[][] rows = {{"p", "p (modulus)"}, {"width", "N (hidden width)"}, {"frac", "Training fraction"},
                {"lr", "Learning rate"}, {"wd", "Weight decay"}, {"beta1", "Adam beta1"}, {"beta2", "Adam beta2"},
                {"eps", "Adam eps"}, {"steps", "Steps"}, {"seed", "Seed"}, {"keyFrequencies", "Key freqs"}};
        for (int i = 0; i < rows.length; i++) {
            TextField f = new TextField();
            f.setId("grokking-" + rows[i][0]);
            f.setPrefColumnCount(7);
            f.setOnAction(e -> applySetup());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    applySetup();
                }
            });
            fields.put(rows[i][0], f);
            Label paper = new Label(GrokkingSetup.paperValue(rows[i][0]));
            paper.setStyle("-fx-text-fill: #666666; -fx-font-size: 0.85em;");
            form.add(new Label(rows[i][1]), 0, i + 1);
            form.add(f, 1, i + 1);
            form.add(paper, 2, i + 1);
        }
        Button train = button("Train...", "grokkingTrain", () -> chooseFolder("New run folder").ifPresent(dir -> {
            if (applySetup()) {
                viewModel.train(dir);
            }
        }));
        Button cancel = button("Cancel", "grokkingCancel", viewModel::cancel);
        Button open = button("Open run...", "grokkingOpen", () -> chooseFolder("Run folder").ifPresent(viewModel::openRun));
        Button overlay = button("Overlay run...", "grokkingOverlay",
                () -> chooseFolder("Run folder to overlay").ifPresent(viewModel::addOverlay));
        Button clear = button("Clear overlays", "grokkingClearOverlays", viewModel::clearOverlays);
        rowGrid.setId("grokkingSweepRows");
        columnGrid.setId("grokkingSweepColumns");
        Button sweep = button("Launch sweep...", "grokkingSweep", this::launchSweep);
        Button openSweep = button("Open sweep...", "grokkingOpenSweep",
                () -> chooseFolder("Sweep folder").ifPresent(viewModel::openSweep));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, new Label("Setup (toy value; the papers' beside it)"), form,
                new HBox(6, train, cancel), new HBox(6, open, overlay, clear), progress, backend,
                new Label("Sweep: rows and columns (name=v1,v2,...)"), rowGrid, columnGrid, new HBox(6, sweep, openSweep),
                message);
        box.setPadding(new Insets(8));
        box.setPrefWidth(420);
        return box;
    }

    private void launchSweep() {
        SweepGrid sweep;
        try {
            sweep = new SweepGrid(List.of(SweepGrid.Axis.parse(rowGrid.getText().strip()),
                    SweepGrid.Axis.parse(columnGrid.getText().strip())));
            sweep.points(viewModel.stateProperty().get().setup().toConfig());
        } catch (RuntimeException e) {
            viewModel.messageProperty().unbind();
            message.setText("Sweep: " + e.getMessage());
            message.textProperty().bind(viewModel.messageProperty());
            return;
        }
        if (sweep.size() > SWEEP_CONFIRM) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "This sweep launches " + sweep.size() + " runs of "
                    + viewModel.stateProperty().get().setup().steps() + " steps each. Launch them?", ButtonType.OK,
                    ButtonType.CANCEL);
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return;
            }
        }
        SweepGrid chosen = sweep;
        chooseFolder("Sweep folder (one run folder per point)").ifPresent(dir -> viewModel.launchSweep(dir, chosen));
    }

    /** Reads the form into a setup; shows the problem and returns false when a value is wrong. */
    private boolean applySetup() {
        if (showingSetup) {
            return true;
        }
        try {
            GrokkingSetup setup = new GrokkingSetup(GrokkingSetup.CUSTOM, (int) integer("p"), (int) integer("width"),
                    number("frac"), number("lr"), number("wd"), number("beta1"), number("beta2"), number("eps"),
                    integer("steps"), integer("seed"), frequencies("keyFrequencies")).named();
            if (!setup.equals(viewModel.stateProperty().get().setup())) {
                viewModel.setSetup(setup);
            }
            return true;
        } catch (IllegalArgumentException e) {
            viewModel.messageProperty().set("Setup: " + e.getMessage());
            return false;
        }
    }

    private long integer(String name) {
        try {
            return Long.parseLong(fields.get(name).getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + fields.get(name).getText() + "' is not an integer", e);
        }
    }

    /** A comma-separated list of integers; empty for none. */
    private List<Integer> frequencies(String name) {
        String text = fields.get(name).getText().strip();
        List<Integer> out = new java.util.ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String part : text.split("[,\\s]+")) {
            try {
                out.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + part + "' is not an integer (e.g. 14, 35)", e);
            }
        }
        return out;
    }

    private double number(String name) {
        try {
            return Double.parseDouble(fields.get(name).getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + fields.get(name).getText() + "' is not a number", e);
        }
    }

    private void showSetup(GrokkingSetup s) {
        showingSetup = true;
        try {
            preset.setValue(s.preset());
            fields.get("p").setText(Integer.toString(s.p()));
            fields.get("width").setText(Integer.toString(s.width()));
            fields.get("frac").setText(Double.toString(s.frac()));
            fields.get("lr").setText(Double.toString(s.lr()));
            fields.get("wd").setText(Double.toString(s.wd()));
            fields.get("beta1").setText(Double.toString(s.beta1()));
            fields.get("beta2").setText(Double.toString(s.beta2()));
            fields.get("eps").setText(Double.toString(s.eps()));
            fields.get("steps").setText(Long.toString(s.steps()));
            fields.get("seed").setText(Long.toString(s.seed()));
            fields.get("keyFrequencies").setText(s.keyFrequencies().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")));
        } finally {
            showingSetup = false;
        }
    }

    private void showBackend(String name) {
        backend.setText(name == null || name.isEmpty() ? "Backend: (no run)" : "Backend: " + name);
    }

    private void showCurves() {
        List<RunReading> runs = viewModel.runsProperty().get();
        GrokkingState s = viewModel.stateProperty().get();
        if (runs.isEmpty() || runs.get(0).seriesOrNull("train_loss") == null) {
            curves.setFigure(null);
            weights.setFigure(null);
            return;
        }
        curves.setFigure(GrokkingFigures.curves(runs, s.step(), s.smoothing(), GrokkingFigures.CURVES_SIZE));
        weights.setFigure(GrokkingFigures.weights(runs, s.step(), s.smoothing(), GrokkingFigures.WEIGHTS_SIZE));
    }

    private void showCheckpoint(Checkpoint c) {
        if (c == null || !c.tensors().containsKey("test_grid")) {
            grid.setFigure(null);
        } else {
            grid.setFigure(GrokkingFigures.grid(c.tensor("test_grid"), c.step(), GrokkingFigures.GRID_SIZE));
        }
        if (c == null || !c.tensors().containsKey("fourier_U") || !c.tensors().containsKey("dominant_freq")) {
            fourier.setFigure(null);
        } else {
            fourier.setFigure(GrokkingFigures.fourier(c.tensor("fourier_U"), c.tensor("dominant_freq"), c.step(),
                    GrokkingFigures.FOURIER_SIZE));
        }
    }

    private void showPhase() {
        SweepReading s = viewModel.sweepProperty().get();
        phase.setFigure(s == null ? null : GrokkingFigures.phase(s, GrokkingFigures.PHASE_SIZE));
    }

    private Optional<Path> chooseFolder(String title) {
        return RunViewParts.chooseFolder(this, title, viewModel.sessionFolder());
    }
}

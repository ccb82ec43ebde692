package org.dynamicsworkbench.plugins.lazyrich;

import static org.dynamicsworkbench.plugins.runs.RunViewParts.button;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.plugins.runs.RunViewParts;
import org.dynamicsworkbench.plugins.timeline.SmoothingControl;
import org.dynamicsworkbench.plugins.timeline.TimelineControl;
import org.dynamicsworkbench.render.figure.fx.FigureView;

/**
 * The Lazy-to-rich tool's window: on the left the alpha slider (log scale, the spec's sweep values as labelled
 * ticks; releasing it trains or reuses that alpha's run), the other hyperparameters with the paper's values beside
 * them, the run commands, progress, the one-line summary and messages; the loss, decomposition and spectrum views
 * above the alignment and movement views (a click on a curve seeks the timeline); the timeline and smoothing below.
 */
final class LazyRichView extends BorderPane {
    private final LazyRichViewModel viewModel;
    private final FigureView loss = new FigureView();
    private final FigureView decomposition = new FigureView();
    private final FigureView alignment = new FigureView();
    private final FigureView movement = new FigureView();
    private final FigureView spectrum = new FigureView();
    private final TimelineControl timelineControl;
    private final SmoothingControl smoothingControl = new SmoothingControl();
    private final Slider alpha = new Slider(LazyRichSetup.MIN_ALPHA_LOG2, LazyRichSetup.MAX_ALPHA_LOG2, 2);
    private final Label alphaValue = new Label();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final CheckBox centred = new CheckBox("Centred loss f - f_0");
    private final Label summary = new Label();
    private final Label message = new Label();
    private boolean showingSetup;

    LazyRichView(LazyRichViewModel viewModel) {
        this.viewModel = viewModel;
        setId("lazyRichView");
        loss.setId("lazyRichLoss");
        decomposition.setId("lazyRichDecomposition");
        alignment.setId("lazyRichAlignment");
        movement.setId("lazyRichMovement");
        spectrum.setId("lazyRichSpectrum");
        summary.setId("lazyRichSummary");
        message.setId("lazyRichMessage");
        summary.setWrapText(true);
        message.setWrapText(true);
        timelineControl = new TimelineControl(viewModel.timeline());
        smoothingControl.weightProperty().bindBidirectional(viewModel.smoothingProperty());
        setLeft(new ScrollPane(controls()));
        setCenter(views());
        setBottom(RunViewParts.timelineBar(timelineControl, smoothingControl));
        RunViewParts.seekOnClick(viewModel.timeline(), List.of(loss, decomposition, alignment, movement));
        viewModel.runsProperty().addListener((o, was, now) -> {
            showCurves();
            showSpectrum();
        });
        viewModel.stateProperty().addListener((o, was, now) -> {
            if (was == null || was.step() != now.step() || was.smoothing() != now.smoothing()) {
                showCurves();
            }
            showSetup(now.setup());
        });
        viewModel.checkpointProperty().addListener((o, was, now) -> showSpectrum());
        summary.textProperty().bind(viewModel.summaryProperty());
        message.textProperty().bind(viewModel.messageProperty());
        showSetup(viewModel.stateProperty().get().setup());
        showCurves();
        showSpectrum();
    }

    FigureView lossView() {
        return loss;
    }

    FigureView spectrumView() {
        return spectrum;
    }

    Slider alphaSlider() {
        return alpha;
    }

    TimelineControl timelineControl() {
        return timelineControl;
    }

    void dispose() {
        timelineControl.dispose();
    }

    /** Loss, decomposition and spectrum above; alignments and the two-panel movement figure below. */
    private GridPane views() {
        GridPane views = new GridPane();
        views.add(loss, 0, 0);
        views.add(decomposition, 1, 0);
        views.add(spectrum, 2, 0);
        views.add(alignment, 0, 1);
        views.add(movement, 1, 1, 2, 1);
        RunViewParts.shareGrid(380, 320, List.of(loss, decomposition, spectrum, alignment, movement));
        movement.setPrefSize(760, 320);
        return views;
    }

    private VBox controls() {
        alpha.setId("lazyRichAlpha");
        alpha.setMajorTickUnit(1);
        alpha.setMinorTickCount(1);
        alpha.setSnapToTicks(true);
        alpha.setShowTickMarks(true);
        alpha.setShowTickLabels(true);
        alpha.setBlockIncrement(LazyRichSetup.ALPHA_LOG2_STEP);
        alpha.setPrefWidth(300);
        alpha.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double log2) {
                return LazyRichSetup.number(Math.pow(2, Math.rint(log2)));
            }

            @Override
            public Double fromString(String text) {
                return Math.log(Double.parseDouble(text)) / Math.log(2);
            }
        });
        alpha.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                commitAlpha();
            }
        });
        alpha.valueProperty().addListener((o, was, now) -> {
            if (!alpha.isValueChanging()) {
                commitAlpha();
            }
        });
        alphaValue.setId("lazyRichAlphaValue");
        Label alphaPaper = paper(LazyRichSetup.paperValue("alpha"));
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        String[][] rows = {{"epsilon", "\u03b5 (quadratic part)"}, {"dim", "D (input dim.)"},
                {"trainSize", "P (training points)"}, {"testSize", "Test points"}, {"width", "N (neurons)"},
                {"lrScale", "c in \u03b7 = c N / \u03b1\u00b2"}, {"ntkPoints", "NTK points"}, {"steps", "Steps"},
                {"seed", "Seed"}};
        for (int i = 0; i < rows.length; i++) {
            TextField f = new TextField();
            f.setId("lazyRich-" + rows[i][0]);
            f.setPrefColumnCount(6);
            f.setOnAction(e -> applySetup());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    applySetup();
                }
            });
            fields.put(rows[i][0], f);
            form.add(new Label(rows[i][1]), 0, i);
            form.add(f, 1, i);
            form.add(paper(LazyRichSetup.paperValue(rows[i][0])), 2, i);
        }
        centred.setId("lazyRichCentred");
        centred.selectedProperty().addListener((o, was, now) -> applySetup());
        form.add(centred, 0, rows.length, 2, 1);
        form.add(paper(LazyRichSetup.paperValue("centredLoss")), 2, rows.length);
        Button run = button("Run", "lazyRichRun", () -> {
            if (applySetup()) {
                viewModel.run();
            }
        });
        Button cancel = button("Cancel", "lazyRichCancel", viewModel::cancel);
        cancel.disableProperty().bind(viewModel.trainingProperty().not());
        Button open = button("Open run folder...", "lazyRichOpen",
                () -> chooseFolder().ifPresent(viewModel::openRun));
        Button clear = button("Clear overlays", "lazyRichClearOverlays", viewModel::clearOverlays);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label heading = new Label("Output scale \u03b1 (log scale; release to train or reuse its run)");
        heading.setWrapText(true);
        VBox box = new VBox(8, heading, new HBox(8, alpha, alphaValue), alphaPaper,
                new Label("Setup (CPU-cheap value; the paper's beside it)"), form, new HBox(6, run, cancel),
                new HBox(6, open, clear), progress, summary, message);
        box.setPadding(new Insets(8));
        box.setPrefWidth(460);
        return box;
    }

    private void commitAlpha() {
        if (showingSetup) {
            return;
        }
        double chosen = LazyRichSetup.alphaAtSlider(alpha.getValue());
        if (applySetup()) {
            viewModel.changeAlpha(chosen);
        }
    }

    /** Reads the form into the setup; shows the problem and returns false when a value is wrong. */
    private boolean applySetup() {
        if (showingSetup) {
            return true;
        }
        try {
            LazyRichConfig now = viewModel.stateProperty().get().setup().config();
            LazyRichConfig config = new LazyRichConfig(integer("dim"), integer("trainSize"), integer("testSize"),
                    integer("width"), number("epsilon"), now.alpha(), number("lrScale"), centred.isSelected(),
                    integer("ntkPoints"), longValue("seed"));
            viewModel.setSetup(new LazyRichSetup(config, longValue("steps")));
            return true;
        } catch (IllegalArgumentException e) {
            viewModel.messageProperty().set("Setup: " + e.getMessage());
            return false;
        }
    }

    private int integer(String name) {
        long v = longValue(name);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": " + v + " is too large");
        }
        return (int) v;
    }

    private long longValue(String name) {
        try {
            return Long.parseLong(fields.get(name).getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + fields.get(name).getText() + "' is not an integer", e);
        }
    }

    private double number(String name) {
        try {
            return Double.parseDouble(fields.get(name).getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + fields.get(name).getText() + "' is not a number", e);
        }
    }

    private void showSetup(LazyRichSetup s) {
        showingSetup = true;
        try {
            LazyRichConfig c = s.config();
            alpha.setValue(LazyRichSetup.sliderPosition(c.alpha()));
            alphaValue.setText("\u03b1 = " + LazyRichSetup.number(c.alpha()));
            fields.get("epsilon").setText(LazyRichSetup.number(c.epsilon()));
            fields.get("dim").setText(Integer.toString(c.dim()));
            fields.get("trainSize").setText(Integer.toString(c.trainSize()));
            fields.get("testSize").setText(Integer.toString(c.testSize()));
            fields.get("width").setText(Integer.toString(c.width()));
            fields.get("lrScale").setText(LazyRichSetup.number(c.lrScale()));
            fields.get("ntkPoints").setText(Integer.toString(c.ntkPoints()));
            fields.get("steps").setText(Long.toString(s.steps()));
            fields.get("seed").setText(Long.toString(c.seed()));
            centred.setSelected(c.centredLoss());
        } finally {
            showingSetup = false;
        }
    }

    private void showCurves() {
        List<LazyRichRun> runs = viewModel.runsProperty().get();
        LazyRichState s = viewModel.stateProperty().get();
        if (runs.isEmpty() || runs.get(0).seriesOrNull("train_loss") == null) {
            loss.setFigure(null);
            decomposition.setFigure(null);
            alignment.setFigure(null);
            movement.setFigure(null);
            return;
        }
        loss.setFigure(LazyRichFigures.loss(runs, s.step(), s.smoothing(), LazyRichFigures.LOSS_SIZE));
        decomposition.setFigure(LazyRichFigures.decomposition(runs, s.step(), s.smoothing(),
                LazyRichFigures.DECOMPOSITION_SIZE));
        alignment.setFigure(LazyRichFigures.alignment(runs, s.step(), s.smoothing(), LazyRichFigures.ALIGNMENT_SIZE));
        movement.setFigure(LazyRichFigures.movement(runs, s.step(), s.smoothing(), LazyRichFigures.MOVEMENT_SIZE));
    }

    private void showSpectrum() {
        Checkpoint c = viewModel.checkpointProperty().get();
        List<LazyRichRun> runs = viewModel.runsProperty().get();
        if (c == null || runs.isEmpty() || !c.tensors().containsKey("m_eigenvalues")) {
            spectrum.setFigure(null);
            return;
        }
        Checkpoint start = viewModel.startCheckpointProperty().get();
        boolean withStart = start != null && start.step() != c.step() && start.tensors().containsKey("m_eigenvalues");
        spectrum.setFigure(LazyRichFigures.spectrum(c.tensor("m_eigenvalues"), c.step(),
                withStart ? start.tensor("m_eigenvalues") : null, withStart ? start.step() : -1, runs.get(0).label(),
                LazyRichFigures.SPECTRUM_SIZE));
    }

    private Optional<Path> chooseFolder() {
        Path runs = viewModel.sessionFolder().resolve(LazyRichTool.RUNS_FOLDER);
        return RunViewParts.chooseFolder(this, "Lazy-rich run folder",
                Files.isDirectory(runs) ? runs : viewModel.sessionFolder());
    }

    private static Label paper(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-text-fill: #666666; -fx-font-size: 0.85em;");
        return l;
    }
}

package org.dynamicsworkbench.plugins.entropy;

import static org.dynamicsworkbench.plugins.runs.RunViewParts.button;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.analysis.learning.entropy.ExponentialLawFit;
import org.dynamicsworkbench.plugins.runs.ConfigForm;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.runs.RunViewParts;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.plugins.timeline.SmoothingControl;
import org.dynamicsworkbench.plugins.timeline.TimelineControl;
import org.dynamicsworkbench.render.figure.fx.FigureView;

/**
 * The Entropy-collapse tool's window: the setup form (mode and every hyperparameter, the paper's value beside each
 * toy value), the train / run-all-modes / open / overlay commands, progress and the primary run's fit numbers on the
 * left; the curves, the law, the dH check and the token counts in a 2 x 2 grid (a click on a curve against step
 * seeks the timeline); the timeline and smoothing controls below.
 */
final class EntropyView extends BorderPane {
    private final EntropyViewModel viewModel;
    private final FigureView curves = new FigureView();
    private final FigureView law = new FigureView();
    private final FigureView dh = new FigureView();
    private final FigureView tokens = new FigureView();
    private final TimelineControl timelineControl;
    private final SmoothingControl smoothingControl = new SmoothingControl();
    private final ConfigForm form;
    private final Label fit = new Label();
    private final Label message = new Label();
    private boolean showingSetup;

    EntropyView(EntropyViewModel viewModel) {
        this.viewModel = viewModel;
        setId("entropyView");
        curves.setId("entropyCurves");
        law.setId("entropyLaw");
        dh.setId("entropyDh");
        tokens.setId("entropyTokens");
        fit.setId("entropyFit");
        fit.setWrapText(true);
        message.setId("entropyMessage");
        message.setWrapText(true);
        List<String> modes = new ArrayList<>();
        for (EntropyMode m : EntropyMode.values()) {
            modes.add(m.label());
        }
        form = new ConfigForm("entropy", EntropySetup.KEYS, key -> key, EntropySetup::paperValue,
                Map.of("mode", modes));
        form.setOnEdited(this::applySetup);
        timelineControl = new TimelineControl(viewModel.timeline());
        smoothingControl.weightProperty().bindBidirectional(viewModel.smoothingProperty());
        setLeft(new ScrollPane(controls()));
        setCenter(views());
        setBottom(RunViewParts.timelineBar(timelineControl, smoothingControl));
        RunViewParts.seekOnClick(viewModel.timeline(), List.of(curves, tokens));
        viewModel.runsProperty().addListener((o, was, now) -> showFigures());
        viewModel.stateProperty().addListener((o, was, now) -> {
            if (was == null || was.step() != now.step() || was.smoothing() != now.smoothing()) {
                showFigures();
            }
            if (was == null || !was.setup().equals(now.setup())) {
                showSetup(now.setup());
            }
        });
        message.textProperty().bind(viewModel.messageProperty());
        showSetup(viewModel.stateProperty().get().setup());
        showFigures();
    }

    FigureView curvesView() {
        return curves;
    }

    FigureView lawView() {
        return law;
    }

    TimelineControl timelineControl() {
        return timelineControl;
    }

    void dispose() {
        timelineControl.dispose();
    }

    private GridPane views() {
        GridPane views = new GridPane();
        views.add(curves, 0, 0);
        views.add(law, 1, 0);
        views.add(dh, 0, 1);
        views.add(tokens, 1, 1);
        RunViewParts.shareGrid(440, 320, List.of(curves, law, dh, tokens));
        return views;
    }

    private VBox controls() {
        Button train = button("Train...", "entropyTrain", () -> chooseFolder("New run folder").ifPresent(dir -> {
            if (applySetup()) {
                viewModel.train(dir);
            }
        }));
        Button all = button("Run all modes...", "entropyRunAll",
                () -> chooseFolder("Folder for vanilla, clip-cov and kl-cov").ifPresent(dir -> {
                    if (applySetup()) {
                        viewModel.trainAllModes(dir);
                    }
                }));
        Button cancel = button("Cancel", "entropyCancel", viewModel::cancel);
        Button open = button("Open run...", "entropyOpen", () -> chooseFolder("Run folder").ifPresent(viewModel::openRun));
        Button overlay = button("Overlay run...", "entropyOverlay",
                () -> chooseFolder("Run folder to overlay").ifPresent(viewModel::addRun));
        Button clear = button("Clear overlays", "entropyClearOverlays", viewModel::clearOverlays);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label heading = new Label("Setup: toy values that act here (the paper's LLM-scale values beside)");
        heading.setWrapText(true);
        VBox box = new VBox(8, heading, form, new HBox(6, train, all, cancel), new HBox(6, open, overlay, clear),
                progress, fit, message);
        box.setPadding(new Insets(8));
        box.setPrefWidth(430);
        return box;
    }

    /** Reads the form into a setup (a new mode brings its PPO clip); shows the problem and returns false when wrong. */
    private boolean applySetup() {
        if (showingSetup) {
            return true;
        }
        try {
            ObjectNode json = form.read();
            EntropySetup current = viewModel.stateProperty().get().setup();
            EntropyMode mode = EntropyMode.parse(json.get("mode").asText());
            EntropySetup next = EntropySetup.read(json, "setup");
            if (mode != current.config().mode()) {
                next = next.withMode(mode);
            }
            viewModel.setSetup(next);
            return true;
        } catch (IllegalArgumentException | ToolStateException e) {
            viewModel.messageProperty().set("Setup: " + e.getMessage());
            return false;
        }
    }

    private void showSetup(EntropySetup setup) {
        showingSetup = true;
        try {
            form.show(setup.toJson());
        } finally {
            showingSetup = false;
        }
    }

    private void showFigures() {
        List<RunReading> runs = viewModel.runsProperty().get();
        EntropyState s = viewModel.stateProperty().get();
        if (runs.isEmpty() || runs.get(0).seriesOrNull("entropy_train") == null) {
            for (FigureView v : List.of(curves, law, dh, tokens)) {
                v.setFigure(null);
            }
            fit.setText("");
            return;
        }
        long step = EntropyFigureSpecs.shownStep(runs.get(0), s.step());
        curves.setFigure(EntropyFigures.curves(runs, step, s.smoothing(), EntropyFigures.CURVES_SIZE));
        law.setFigure(EntropyFigures.law(runs, step, EntropyFigures.LAW_SIZE));
        boolean stepped = runs.get(0).seriesOrNull("dh_measured") != null;
        dh.setFigure(stepped ? EntropyFigures.dh(runs, step, s.smoothing(), EntropyFigures.DH_SIZE) : null);
        tokens.setFigure(runs.get(0).seriesOrNull("n_intervened") != null
                ? EntropyFigures.tokens(runs, step, s.smoothing(), EntropyFigures.TOKENS_SIZE) : null);
        fit.setText(fitText(runs.get(0).name(), EntropyLaw.of(runs.get(0).history())));
    }

    /** The primary run's fit numbers as the left panel lists them. */
    static String fitText(String run, EntropyLaw law) {
        ExponentialLawFit f = law.full();
        if (f == null) {
            return run + ": not enough points to fit R = -a e^H + b yet";
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s, R = -a e^H + b over %d steps:%n  a = %.4g   b = %.4g%n  ceiling -a + b = %.4g   RMSE = %.4g",
                run, f.points(), f.a(), f.b(), f.ceiling(), f.rmse()));
        if (law.early() != null) {
            b.append(String.format(Locale.ROOT, "%nFit on the first eighth (steps <= %d): ceiling = %.4g, "
                    + "extrapolation RMSE = %.4g", law.earlySteps(), law.early().ceiling(), law.extrapolationRmse()));
        }
        return b.toString();
    }

    private Optional<Path> chooseFolder(String title) {
        return RunViewParts.chooseFolder(this, title, viewModel.sessionFolder());
    }
}

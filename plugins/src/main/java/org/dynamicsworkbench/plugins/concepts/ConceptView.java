package org.dynamicsworkbench.plugins.concepts;

import static org.dynamicsworkbench.plugins.runs.RunViewParts.button;

import java.nio.file.Path;
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
import org.dynamicsworkbench.analysis.learning.concepts.Conditioning;
import org.dynamicsworkbench.plugins.runs.ConfigForm;
import org.dynamicsworkbench.plugins.runs.FigureText;
import org.dynamicsworkbench.plugins.runs.RunViewParts;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.plugins.timeline.TimelineControl;
import org.dynamicsworkbench.render.figure.fx.FigureView;

/**
 * The Concept-space tool's window: the setup form (every hyperparameter, the paper's value beside it), the train /
 * open / add-seed commands, progress and the headline readings on the left; concept space, the held-out coordinates
 * (naive vs over-prompted), the learning times and the speed in a 2 x 2 grid (a click on the curves seeks the
 * timeline); the timeline over the evaluation steps below.
 */
final class ConceptView extends BorderPane {
    private final ConceptViewModel viewModel;
    private final FigureView space = new FigureView();
    private final FigureView coordinates = new FigureView();
    private final FigureView times = new FigureView();
    private final FigureView speed = new FigureView();
    private final TimelineControl timelineControl;
    private final ConfigForm form;
    private final Label readings = new Label();
    private final Label message = new Label();
    private boolean showingSetup;

    ConceptView(ConceptViewModel viewModel) {
        this.viewModel = viewModel;
        setId("conceptView");
        space.setId("conceptSpace");
        coordinates.setId("conceptCoordinates");
        times.setId("conceptTimes");
        speed.setId("conceptSpeed");
        readings.setId("conceptReadings");
        readings.setWrapText(true);
        message.setId("conceptMessage");
        message.setWrapText(true);
        form = new ConfigForm("concepts", ConceptSetup.KEYS, key -> key, ConceptSetup::paperValue,
                Map.of("conditioning", List.of(Conditioning.CLASSY.label(), Conditioning.CONTINUOUS.label())));
        form.setOnEdited(this::applySetup);
        timelineControl = new TimelineControl(viewModel.timeline());
        setLeft(new ScrollPane(controls()));
        setCenter(views());
        setBottom(RunViewParts.timelineBar(timelineControl));
        RunViewParts.seekOnClick(viewModel.timeline(), List.of(coordinates, speed));
        viewModel.analysisProperty().addListener((o, was, now) -> showFigures());
        viewModel.stateProperty().addListener((o, was, now) -> {
            if (was == null || was.step() != now.step()) {
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

    FigureView spaceView() {
        return space;
    }

    FigureView coordinatesView() {
        return coordinates;
    }

    TimelineControl timelineControl() {
        return timelineControl;
    }

    void dispose() {
        timelineControl.dispose();
    }

    private GridPane views() {
        GridPane views = new GridPane();
        views.add(space, 0, 0);
        views.add(coordinates, 1, 0);
        views.add(times, 0, 1);
        views.add(speed, 1, 1);
        RunViewParts.shareGrid(440, 320, List.of(space, coordinates, times, speed));
        return views;
    }

    private VBox controls() {
        Button train = button("Train seeds...", "conceptTrain", () -> chooseFolder("Folder for the seeds' runs")
                .ifPresent(dir -> {
                    if (applySetup()) {
                        viewModel.train(dir);
                    }
                }));
        Button cancel = button("Cancel", "conceptCancel", viewModel::cancel);
        Button open = button("Open runs...", "conceptOpen",
                () -> chooseFolder("A run, or a folder of seeds").ifPresent(viewModel::open));
        Button add = button("Add seed...", "conceptAddSeed",
                () -> chooseFolder("Run folder of another seed").ifPresent(viewModel::addSeed));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label heading = new Label("Setup: toy values of the vector analogue (the paper's beside)");
        heading.setWrapText(true);
        VBox box = new VBox(8, heading, form, new HBox(6, train, cancel), new HBox(6, open, add), progress, readings,
                message);
        box.setPadding(new Insets(8));
        box.setPrefWidth(430);
        return box;
    }

    private boolean applySetup() {
        if (showingSetup) {
            return true;
        }
        try {
            viewModel.setSetup(ConceptSetup.read(form.read(), "setup"));
            return true;
        } catch (IllegalArgumentException | ToolStateException e) {
            viewModel.messageProperty().set("Setup: " + e.getMessage());
            return false;
        }
    }

    private void showSetup(ConceptSetup setup) {
        showingSetup = true;
        try {
            form.show(setup.toJson());
        } finally {
            showingSetup = false;
        }
    }

    private void showFigures() {
        ConceptAnalysis a = viewModel.analysisProperty().get();
        if (a == null) {
            for (FigureView v : List.of(space, coordinates, times, speed)) {
                v.setFigure(null);
            }
            readings.setText("");
            return;
        }
        long step = ConceptFigureSpecs.shown(a, viewModel.stateProperty().get().step());
        space.setFigure(ConceptFigures.space(a, step, ConceptFigures.SPACE_SIZE));
        coordinates.setFigure(ConceptFigures.coordinates(a, step, ConceptFigures.COORDINATES_SIZE));
        times.setFigure(ConceptFigures.times(a, step, ConceptFigures.TIMES_SIZE));
        speed.setFigure(ConceptFigures.speed(a, step, ConceptFigures.SPEED_SIZE));
        readings.setText(readingsText(a));
    }

    /** The headline numbers: learning times (naive, over-prompted) and the sudden turn. */
    static String readingsText(ConceptAnalysis a) {
        return String.format(Locale.ROOT, "%d seed%s averaged.%nLearning time, naive prompt: concept 1 %s, concept 2 %s"
                + "%nLearning time, over-prompted: concept 1 %s, concept 2 %s%nSudden turn (held-out): step %s",
                a.seeds(), a.seeds() == 1 ? "" : "s", FigureText.step(a.learningTime(false, 1)),
                FigureText.step(a.learningTime(false, 2)), FigureText.step(a.learningTime(true, 1)),
                FigureText.step(a.learningTime(true, 2)), FigureText.step(a.turnStep(false)));
    }

    private Optional<Path> chooseFolder(String title) {
        return RunViewParts.chooseFolder(this, title, viewModel.sessionFolder());
    }
}

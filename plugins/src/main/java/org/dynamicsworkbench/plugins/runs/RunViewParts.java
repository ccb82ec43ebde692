package org.dynamicsworkbench.plugins.runs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import org.dynamicsworkbench.plugins.timeline.Timeline;
import org.dynamicsworkbench.plugins.timeline.TimelineControl;
import org.dynamicsworkbench.render.figure.fx.FigureView;

/**
 * The pieces the training-dynamics tools' views are built from: the bar under the figures (the timeline taking the
 * width, then a smoothing control), click-to-seek on curve figures, figure views sharing a grid, the run-folder
 * chooser and command buttons. FX thread.
 */
public final class RunViewParts {
    /** The smallest a figure view in a grid shrinks to. */
    static final double MIN_FIGURE_WIDTH = 200;
    static final double MIN_FIGURE_HEIGHT = 150;

    private RunViewParts() {
    }

    /** The bar below a tool's figures: {@code timeline} taking the spare width, then {@code beside} (smoothing). */
    public static HBox timelineBar(TimelineControl timeline, Node... beside) {
        HBox bar = new HBox(16, timeline);
        bar.getChildren().addAll(beside);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        bar.setPadding(new Insets(6));
        return bar;
    }

    /** A single primary click on any of {@code views} moves {@code timeline} to the step under the pointer. */
    public static void seekOnClick(Timeline timeline, List<FigureView> views) {
        for (FigureView v : views) {
            v.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && v.readoutProperty().get() != null) {
                    timeline.seek(v.readoutProperty().get().x());
                }
            });
        }
    }

    /** Figure views sharing a grid: each prefers {@code width} x {@code height}, shrinks to 200 x 150 and grows. */
    public static void shareGrid(double width, double height, List<FigureView> views) {
        for (FigureView v : views) {
            v.setPrefSize(width, height);
            v.setMinSize(MIN_FIGURE_WIDTH, MIN_FIGURE_HEIGHT);
            GridPane.setHgrow(v, Priority.ALWAYS);
            GridPane.setVgrow(v, Priority.ALWAYS);
        }
    }

    /**
     * Asks for a folder, starting in {@code initial} when that is a folder; empty when the user cancels.
     *
     * @param owner the node whose window owns the dialog (none while it is not shown)
     */
    public static Optional<Path> chooseFolder(Node owner, String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(initial != null && Files.isDirectory(initial) ? initial.toFile() : null);
        File dir = chooser.showDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(dir).map(File::toPath);
    }

    /** A button with an id (for tests and styling) running {@code action}. */
    public static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}

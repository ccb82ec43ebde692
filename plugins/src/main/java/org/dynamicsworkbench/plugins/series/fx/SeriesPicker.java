package org.dynamicsworkbench.plugins.series.fx;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * A form for one series: a catalog system (with its coordinate, number of steps and step) or a .csv/.npy file
 * (with its column and sampling step). {@link #spec()} reads the fields; nothing is loaded here. When the session has
 * a folder, a file inside it is shown relative to it, a typed relative path resolves against it (and must not climb
 * out of it, see {@link SessionFolderPaths}), and the file chooser opens there; without one a typed relative path is
 * taken from the working folder.
 */
public final class SeriesPicker extends GridPane {
    private final SystemCatalog catalog;
    private final RadioButton systemChoice = new RadioButton("System");
    private final RadioButton fileChoice = new RadioButton("File");
    private final ComboBox<String> system = new ComboBox<>();
    private final TextField file = new TextField();
    private final Button browse = new Button("…");
    private final Spinner<Integer> column = new Spinner<>(0, 999, 0);
    private final TextField steps = new TextField();
    private final TextField dt = new TextField();
    private final Supplier<Path> sessionFolder;

    /** A picker for a tool whose session has no folder (typed relative paths are taken from the working folder). */
    public SeriesPicker(SystemCatalog catalog, SeriesSpec initial) {
        this(catalog, initial, () -> null);
    }

    /**
     * @param sessionFolder the session's current folder, or a supplier of {@code null} while the session has none
     */
    public SeriesPicker(SystemCatalog catalog, SeriesSpec initial, Supplier<Path> sessionFolder) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.sessionFolder = Objects.requireNonNull(sessionFolder, "sessionFolder");
        setHgap(6);
        setVgap(4);
        setPadding(new Insets(2, 0, 2, 0));
        ToggleGroup group = new ToggleGroup();
        systemChoice.setToggleGroup(group);
        fileChoice.setToggleGroup(group);
        system.getItems().setAll(catalog.names());
        system.setMaxWidth(Double.MAX_VALUE);
        system.setId("seriesSystem");
        file.setPromptText("data.csv or data.npy");
        file.setId("seriesFile");
        column.setEditable(true);
        column.setPrefWidth(80);
        column.setId("seriesColumn");
        steps.setPrefColumnCount(7);
        steps.setId("seriesSteps");
        dt.setPrefColumnCount(6);
        dt.setId("seriesDt");
        browse.setOnAction(e -> chooseFile());
        HBox fileRow = new HBox(4, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        add(systemChoice, 0, 0);
        add(system, 1, 0, 3, 1);
        add(fileChoice, 0, 1);
        add(fileRow, 1, 1, 3, 1);
        add(new Label("column"), 0, 2);
        add(column, 1, 2);
        add(new Label("steps"), 2, 2);
        add(steps, 3, 2);
        add(new Label("dt"), 0, 3);
        add(dt, 1, 3);
        GridPane.setHgrow(system, Priority.ALWAYS);
        system.disableProperty().bind(systemChoice.selectedProperty().not());
        steps.disableProperty().bind(systemChoice.selectedProperty().not());
        file.disableProperty().bind(fileChoice.selectedProperty().not());
        browse.disableProperty().bind(fileChoice.selectedProperty().not());
        system.valueProperty().addListener((obs, was, now) -> systemChosen(now));
        setSpec(initial);
    }

    /** Fills the fields from {@code spec}. */
    public void setSpec(SeriesSpec spec) {
        if (spec.isSystem()) {
            systemChoice.setSelected(true);
            system.setValue(spec.system());
            steps.setText(String.valueOf(spec.steps()));
        } else {
            fileChoice.setSelected(true);
            file.setText(SessionFolderPaths.written(spec.file(), sessionFolder.get()));
        }
        column.getValueFactory().setValue(spec.column());
        dt.setText(String.valueOf(spec.dt()));
    }

    /**
     * The series the fields describe.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public SeriesSpec spec() {
        double step = parsePositive(dt.getText(), "dt");
        int col = column.getValue() == null ? 0 : column.getValue();
        if (systemChoice.isSelected()) {
            String name = system.getValue();
            if (name == null) {
                throw new IllegalArgumentException("choose a system");
            }
            DynamicalSystem s = catalog.require(name);
            if (col >= s.dimension()) {
                throw new IllegalArgumentException("column: " + name + " has " + s.dimension() + " coordinates (0.."
                        + (s.dimension() - 1) + "), got " + col);
            }
            int n;
            try {
                n = Integer.parseInt(steps.getText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("steps: must be a whole number, got '" + steps.getText() + "'");
            }
            if (n < 1 || n > SeriesSpec.MAX_STEPS) {
                throw new IllegalArgumentException("steps: must be in 1.." + SeriesSpec.MAX_STEPS + ", got " + n);
            }
            return SeriesSpec.ofSystem(name, col, n, s.kind() == SystemKind.MAP ? 1.0 : step);
        }
        String path = file.getText().strip();
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".npy")) {
            throw new IllegalArgumentException("file: must be a .csv or .npy file, got '" + path + "'");
        }
        return SeriesSpec.ofFile(resolve(path), col, step);
    }

    private Path resolve(String path) {
        Path folder = sessionFolder.get();
        try {
            return folder == null ? Path.of(path).toAbsolutePath().normalize()
                    : SessionFolderPaths.resolve(path, folder, "file");
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("file: '" + path + "' is not a valid path (" + e.getReason() + ")", e);
        } catch (ToolStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private void systemChosen(String name) {
        if (name == null) {
            return;
        }
        catalog.find(name).ifPresent(s -> {
            if (column.getValue() != null && column.getValue() >= s.dimension()) {
                column.getValueFactory().setValue(0);
            }
            dt.setText(String.valueOf(s.metadata().defaultSamplingStep()));
        });
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Series file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Series (.csv, .npy)", "*.csv", "*.npy"));
        Path folder = sessionFolder.get();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            file.setText(SessionFolderPaths.written(chosen.toPath(), sessionFolder.get()));
        }
    }

    private static double parsePositive(String text, String field) {
        try {
            double v = Double.parseDouble(text.strip());
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(field + ": must be a positive number, got '" + text + "'");
    }
}

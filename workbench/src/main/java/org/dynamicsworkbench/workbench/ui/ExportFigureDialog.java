package org.dynamicsworkbench.workbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.render.export.ExportFormat;
import org.dynamicsworkbench.render.export.FigureExport;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.PublicationPreset;
import org.dynamicsworkbench.workbench.figures.FigureExportForm;
import org.dynamicsworkbench.workbench.figures.FigureExportSettings;
import org.dynamicsworkbench.workbench.figures.FigureWriter;
import org.dynamicsworkbench.workbench.figures.SessionFigures;
import org.dynamicsworkbench.workbench.task.TaskRunner;

/**
 * File &gt; Export figure...: the figure (among the open tools' figures), the format, a publication preset or an
 * explicit size in millimetres, the DPI and the file, with a preview of the figure at the chosen size in the light
 * export theme (built in the background). The fields feed a {@link FigureExportForm}; OK is enabled only while it
 * validates, and the dialog's result is the validated {@link FigureExportSettings}.
 */
final class ExportFigureDialog extends Dialog<FigureExportSettings> {
    /** Width of the preview in pixels. */
    static final double PREVIEW_WIDTH = 520;
    private static final String CUSTOM = "custom size";

    private final FigureExportForm form;
    private final TaskRunner tasks;
    private final FigureWriter writer;
    private final ImageView preview = new ImageView();
    private final Label previewStatus = new Label();
    private final Label error = new Label();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final TextField dpi = new TextField();
    private final TextField file = new TextField();
    private TaskHandle previewTask;
    private long previewGeneration;

    ExportFigureDialog(Window owner, SessionFigures figures, TaskRunner tasks, FigureWriter writer) {
        this.form = new FigureExportForm(figures);
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.writer = Objects.requireNonNull(writer, "writer");
        initOwner(owner);
        setTitle("Export figure");
        setResizable(true);

        ChoiceBox<SessionFigures.Entry> figure = new ChoiceBox<>();
        figure.setId("exportFigure");
        figure.getItems().setAll(figures.entries());
        figure.setConverter(new StringConverter<>() {
            @Override
            public String toString(SessionFigures.Entry e) {
                return e == null ? "" : e.title() + " (" + e.id() + ")";
            }

            @Override
            public SessionFigures.Entry fromString(String s) {
                return null;
            }
        });
        figure.getSelectionModel().select(0);
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(form.format());
        ChoiceBox<String> sizeMode = new ChoiceBox<>();
        sizeMode.setId("exportSize");
        for (PublicationPreset p : PublicationPreset.values()) {
            sizeMode.getItems().add(p.toString());
        }
        sizeMode.getItems().add(CUSTOM);
        sizeMode.setValue(form.preset().toString());
        width.setId("exportWidth");
        height.setId("exportHeight");
        dpi.setId("exportDpi");
        file.setId("exportFile");
        error.setId("exportError");
        error.getStyleClass().add("error-text");
        width.setText(form.widthMm());
        height.setText(form.heightMm());
        dpi.setText(form.dpi());
        file.setText(form.suggestedFileName());
        form.setFile(file.getText());
        Button browse = new Button("Browse...");
        browse.setOnAction(e -> browse());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        int row = 0;
        grid.addRow(row++, new Label("Figure"), figure);
        grid.addRow(row++, new Label("Format"), format);
        grid.addRow(row++, new Label("Size"), sizeMode);
        grid.addRow(row++, new Label("Width (mm)"), width);
        grid.addRow(row++, new Label("Height (mm)"), height);
        grid.addRow(row++, new Label("DPI"), dpi);
        grid.addRow(row++, new Label("File"), new HBox(6, file, browse));
        grid.add(error, 0, row, 2, 1);
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setId("exportPreview");
        StackPane previewPane = new StackPane(preview, previewStatus);
        previewPane.setPrefSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 0.75);
        previewPane.setStyle("-fx-background-color: #d0d0d0;");
        getDialogPane().setContent(new HBox(10, grid, previewPane));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        figure.valueProperty().addListener((obs, was, now) -> {
            form.selectFigure(now.id());
            width.setText(form.widthMm());
            height.setText(form.heightMm());
            update(true);
        });
        format.valueProperty().addListener((obs, was, now) -> {
            form.setFile(file.getText());
            form.setFormat(now);
            file.setText(form.file());
            update(false);
        });
        sizeMode.valueProperty().addListener((obs, was, now) -> {
            form.setPreset(CUSTOM.equals(now) ? null : PublicationPreset.values()[sizeMode.getItems().indexOf(now)]);
            update(true);
        });
        width.textProperty().addListener((obs, was, now) -> update(true));
        height.textProperty().addListener((obs, was, now) -> update(true));
        dpi.textProperty().addListener((obs, was, now) -> update(false));
        file.textProperty().addListener((obs, was, now) -> update(false));
        setResultConverter(button -> button == ButtonType.OK ? form.validate() : null);
        setOnHidden(e -> cancelPreview());
        update(true);
    }

    FigureExportForm form() {
        return form;
    }

    /** Copies the fields into the form, shows the validation message and, when the size changed, a new preview. */
    private void update(boolean sizeChanged) {
        width.setDisable(form.preset() != null);
        height.setDisable(form.preset() != null);
        form.setWidthMm(width.getText());
        form.setHeightMm(height.getText());
        form.setDpi(dpi.getText());
        form.setFile(file.getText());
        String message = null;
        try {
            form.validate();
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        error.setText(message == null ? "" : message);
        getDialogPane().lookupButton(ButtonType.OK).setDisable(message != null);
        if (sizeChanged) {
            refreshPreview();
        }
    }

    private void refreshPreview() {
        cancelPreview();
        FigureSize size;
        try {
            size = form.size();
        } catch (IllegalArgumentException e) {
            previewStatus.setText("no preview: " + e.getMessage());
            preview.setImage(null);
            return;
        }
        SessionFigures.Entry entry = form.entry();
        if (!writer.canBuild(entry)) {
            previewStatus.setText(writer.whyNot(entry));
            return;
        }
        long generation = ++previewGeneration;
        double previewDpi = PREVIEW_WIDTH / size.widthInches();
        previewStatus.setText("building the preview...");
        previewTask = tasks.submit("Preview of " + entry.id(), (progress, cancel) -> {
            Figure built = writer.build(entry, size, previewDpi);
            cancel.throwIfCancelled();
            return FigureExport.rasterize(built, size, FigureTheme.export(), previewDpi);
        }, image -> {
            if (generation == previewGeneration) {
                preview.setImage(SwingFXUtils.toFXImage(image, null));
                previewStatus.setText("");
            }
        }, failure -> {
            if (generation == previewGeneration) {
                previewStatus.setText("no preview: " + failure.getMessage());
            }
        });
    }

    private void cancelPreview() {
        previewGeneration++;
        if (previewTask != null) {
            previewTask.cancel();
            previewTask = null;
        }
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export figure");
        ExportFormat f = form.format();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name() + " (*." + f.id() + ")", "*." + f.id()));
        chooser.setInitialFileName(Path.of(file.getText().isBlank() ? form.suggestedFileName() : file.getText())
                .getFileName().toString());
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getPath());
        }
    }
}

package org.dynamicsworkbench.plugins.explorer;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.dynamicsworkbench.render.gl.GlRenderer;

/** Asks for the pixel size and DPI of a PNG export (defaults 1920 x 1200 at 300 dpi). */
final class ExportSizeDialog extends Dialog<ExportSettings> {

    ExportSizeDialog(Window owner) {
        initOwner(owner);
        setTitle("Export PNG");
        setHeaderText("Rendered offscreen at this size");
        Spinner<Integer> width = sizeSpinner("exportWidth", ExportSettings.DEFAULT.width());
        Spinner<Integer> height = sizeSpinner("exportHeight", ExportSettings.DEFAULT.height());
        Spinner<Double> dpi = new Spinner<>(1.0, 9600.0, ExportSettings.DEFAULT.dpi(), 50.0);
        dpi.setId("exportDpi");
        dpi.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("width (px)"), width);
        grid.addRow(1, new Label("height (px)"), height);
        grid.addRow(2, new Label("resolution (dpi)"), dpi);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? new ExportSettings(width.getValue(), height.getValue(), dpi.getValue()) : null);
    }

    private static Spinner<Integer> sizeSpinner(String id, int initial) {
        Spinner<Integer> spinner = new Spinner<>(1, GlRenderer.MAX_SIZE, initial, 100);
        spinner.setId(id);
        spinner.setEditable(true);
        return spinner;
    }
}

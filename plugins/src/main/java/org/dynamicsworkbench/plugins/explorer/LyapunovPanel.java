package org.dynamicsworkbench.plugins.explorer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The "Lyapunov spectrum" button ({@code #lyapunovButton}); while the computation runs a progress bar
 * ({@code #lyapunovProgress}) and a Cancel button ({@code #lyapunovCancel}), in {@code #lyapunovRunning}, replace it; the result
 * (spectrum and Kaplan-Yorke dimension) appears below ({@code #lyapunovResult}).
 */
final class LyapunovPanel extends VBox {

    LyapunovPanel(ExplorerViewModel viewModel) {
        super(4);
        Button start = new Button("Lyapunov spectrum");
        start.setId("lyapunovButton");
        start.setMaxWidth(Double.MAX_VALUE);
        start.setOnAction(e -> viewModel.computeLyapunov());

        ProgressBar progress = new ProgressBar();
        progress.setId("lyapunovProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.lyapunovProgressProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("lyapunovCancel");
        cancel.setOnAction(e -> viewModel.cancelLyapunov());
        HBox running = new HBox(6, progress, cancel);
        running.setId("lyapunovRunning");
        running.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("lyapunovResult");
        result.getStyleClass().add("lyapunov-result");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.lyapunovResultProperty().map(LyapunovSummary::text).orElse(""));

        start.visibleProperty().bind(viewModel.lyapunovRunningProperty().not());
        start.managedProperty().bind(start.visibleProperty());
        running.visibleProperty().bind(viewModel.lyapunovRunningProperty());
        running.managedProperty().bind(running.visibleProperty());
        result.visibleProperty().bind(viewModel.lyapunovResultProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());
        getChildren().addAll(start, running, result);
    }
}

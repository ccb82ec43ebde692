package org.dynamicsworkbench.plugins.peccary;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.geometry.Orientation;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.series.fx.SeriesPicker;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.render.figure.Palette;
import org.dynamicsworkbench.render.figure.fx.FigureView;

/**
 * The PECCARY window content: on the left the series (each with its colour on the plane), a form to add one,
 * n, tau and the tau sweep, progress and cancel; in the centre the plane ({@code #peccaryPlane}) and histogram
 * ({@code #peccaryHistogram}) tabs over the sampling advice ({@code #peccaryAdvice}). Shows the view model and
 * forwards input to it; nothing is computed on the FX thread.
 */
final class PeccaryView extends BorderPane {
    private final PeccaryViewModel viewModel;
    private final ToolContext context;
    private final ObservableList<SeriesSpec> seriesItems = FXCollections.observableArrayList();
    private final ListView<SeriesSpec> seriesList = new ListView<>(seriesItems);
    private final Spinner<Integer> n = new Spinner<>(PeccaryState.MIN_N, PeccaryState.MAX_N, 5);
    private final Spinner<Integer> tau = new Spinner<>(1, PeccaryState.MAX_TAU, 1);
    private final CheckBox sweep = new CheckBox("sweep tau");
    private final Spinner<Integer> sweepFrom = new Spinner<>(1, PeccaryState.MAX_TAU, 1);
    private final Spinner<Integer> sweepTo = new Spinner<>(1, PeccaryState.MAX_TAU, 40);
    private final FigureView plane = new FigureView();
    private final FigureView histogram = new FigureView();
    private final TextArea advice = new TextArea();
    private boolean updating;

    PeccaryView(PeccaryViewModel viewModel, ToolContext context, SystemCatalog catalog) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.context = Objects.requireNonNull(context, "context");
        setId("peccaryView");
        seriesList.setId("peccarySeries");
        seriesList.setPrefHeight(130);
        seriesList.setCellFactory(list -> new SeriesCell());
        Button remove = new Button("Remove");
        remove.setId("peccaryRemoveSeries");
        remove.disableProperty().bind(seriesList.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> act(() -> viewModel.removeSeries(seriesList.getSelectionModel().getSelectedIndex())));
        SeriesPicker picker = new SeriesPicker(catalog, viewModel.getState().series().get(0), viewModel::sessionFolder);
        Button add = new Button("Add series");
        add.setId("peccaryAddSeries");
        add.setOnAction(e -> act(() -> viewModel.addSeries(picker.spec())));

        for (Spinner<Integer> s : List.of(n, tau, sweepFrom, sweepTo)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        n.setId("peccaryN");
        tau.setId("peccaryTau");
        sweep.setId("peccarySweep");
        n.valueProperty().addListener((obs, was, now) -> act(() -> viewModel.setN(now)));
        tau.valueProperty().addListener((obs, was, now) -> act(() -> viewModel.setTau(now)));
        sweep.selectedProperty().addListener((obs, was, now) -> applySweep());
        sweepFrom.valueProperty().addListener((obs, was, now) -> applySweep());
        sweepTo.valueProperty().addListener((obs, was, now) -> applySweep());
        sweepFrom.disableProperty().bind(sweep.selectedProperty().not());
        sweepTo.disableProperty().bind(sweep.selectedProperty().not());

        ProgressBar progress = new ProgressBar();
        progress.setId("peccaryProgress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setId("peccaryCancel");
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.setOnAction(e -> viewModel.cancel());
        Button recompute = new Button("Recompute");
        recompute.setOnAction(e -> viewModel.compute());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label error = new Label();
        error.setId("peccaryError");
        error.setWrapText(true);
        error.setTextFill(Color.web("#c0392b"));
        error.textProperty().bind(viewModel.errorProperty());

        VBox panel = new VBox(6,
                heading("Series"), seriesList, remove,
                heading("Add a series"), picker, add,
                heading("Ordinal patterns"),
                new HBox(6, new Label("n"), n, new Label("tau"), tau),
                sweep, new HBox(6, new Label("from"), sweepFrom, new Label("to"), sweepTo),
                new HBox(6, progress, cancel), recompute, error);
        panel.setPadding(new Insets(8));
        panel.setPrefWidth(330);
        ScrollPane side = new ScrollPane(panel);
        side.setFitToWidth(true);
        side.setPrefWidth(345);
        setLeft(side);

        plane.setId("peccaryPlane");
        histogram.setId("peccaryHistogram");
        TabPane tabs = new TabPane(new Tab("Plane", plane), new Tab("Histogram", histogram));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        advice.setId("peccaryAdvice");
        advice.setEditable(false);
        advice.setWrapText(true);
        advice.setPrefRowCount(3);
        SplitPane centre = new SplitPane(tabs, advice);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.85);
        setCenter(centre);

        viewModel.stateProperty().addListener((obs, was, now) -> showState(now));
        viewModel.resultProperty().addListener((obs, was, now) -> showResult(now));
        showState(viewModel.getState());
        showResult(viewModel.resultProperty().get());
    }

    FigureView planeView() {
        return plane;
    }

    FigureView histogramView() {
        return histogram;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private void applySweep() {
        if (updating) {
            return;
        }
        act(() -> {
            if (sweep.isSelected()) {
                int from = sweepFrom.getValue();
                viewModel.setSweep(from, Math.max(from, sweepTo.getValue()));
            } else {
                viewModel.setSweep(0, 0);
            }
        });
    }

    /** Runs a user action; a rejected input goes to the status bar and the controls show the state again. */
    private void act(Runnable action) {
        if (updating) {
            return;
        }
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            context.status("PECCARY: " + e.getMessage());
            showState(viewModel.getState());
        }
    }

    private void showState(PeccaryState state) {
        updating = true;
        try {
            seriesItems.setAll(state.series());
            n.getValueFactory().setValue(state.n());
            tau.getValueFactory().setValue(state.tau());
            sweep.setSelected(state.hasSweep());
            if (state.hasSweep()) {
                sweepFrom.getValueFactory().setValue(state.sweepFrom());
                sweepTo.getValueFactory().setValue(state.sweepTo());
            }
        } finally {
            updating = false;
        }
    }

    private void showResult(PeccaryResult result) {
        if (result == null) {
            return;
        }
        plane.setFigure(PeccaryFigures.plane(result, PeccaryFigures.PLANE_SIZE));
        histogram.setFigure(PeccaryFigures.histogram(result, PeccaryFigures.HISTOGRAM_SIZE));
        StringBuilder text = new StringBuilder();
        for (SeriesOutcome o : result.outcomes()) {
            text.append(String.format(java.util.Locale.ROOT, "%s (%d samples, dt %g): H = %.4f, C = %.4f at tau %d. "
                            + "Sampling advice: %s%n", o.label(), o.samples(), o.dt(), o.point().entropy(),
                    o.point().complexity(), result.state().tau(), o.advice()));
        }
        advice.setText(text.toString().strip());
    }

    /** A series with a dot in its colour on the plane. */
    private final class SeriesCell extends ListCell<SeriesSpec> {
        @Override
        protected void updateItem(SeriesSpec item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int argb = Palette.category(getIndex());
            setGraphic(new Circle(5, Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff)));
            setText(item.label() + (item.isSystem() ? ", " + item.steps() + " steps of " + item.dt() : ""));
        }
    }
}

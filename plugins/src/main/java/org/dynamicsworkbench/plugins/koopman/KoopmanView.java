package org.dynamicsworkbench.plugins.koopman;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.fx.SeriesPicker;
import org.dynamicsworkbench.plugins.spi.ChoiceLabels;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.render.figure.fx.DataReadout;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.dynamicsworkbench.render.fx.Attractor3DView;
import org.dynamicsworkbench.render.scene.ColorBy;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The Koopman window content: on the left the series, dictionary, residual threshold slider, grid, HAVOK settings,
 * eigenfunction part and 3D colouring; in the centre tabs with the spectrum over the eigenvalue table
 * ({@code #koopmanSpectrum}, {@code #koopmanTable}), the pseudospectrum, the attractor in 3D ({@code #koopman3d})
 * and the HAVOK forcing. Clicking an eigenvalue in the spectrum or the table selects it and paints its
 * eigenfunction on the attractor.
 */
final class KoopmanView extends BorderPane {
    /** Colour the attractor by time, by the selected eigenfunction or by HAVOK's active forcing. */
    enum Colouring { TIME, EIGENFUNCTION, FORCING }

    /** The slider moves log10 of the threshold over this range. */
    static final double MIN_LOG_THRESHOLD = -6;
    static final double MAX_LOG_THRESHOLD = 1;
    /** A click selects the nearest shown eigenvalue within this many pixels. */
    private static final double PICK_RADIUS_PX = 12;

    private final KoopmanViewModel viewModel;
    private final ToolContext context;
    private final FigureView spectrum = new FigureView();
    private final FigureView pseudo = new FigureView();
    private final FigureView havok = new FigureView();
    private final ObservableList<EigenvalueRow> rows = FXCollections.observableArrayList();
    private final TableView<EigenvalueRow> table = new TableView<>(rows);
    private final Slider threshold = new Slider(MIN_LOG_THRESHOLD, MAX_LOG_THRESHOLD, -1);
    private final Label thresholdText = new Label();
    private final ChoiceBox<Colouring> colouring = new ChoiceBox<>(FXCollections.observableArrayList(Colouring.values()));
    private final ChoiceBox<EigenfunctionPart> part = new ChoiceBox<>(FXCollections.observableArrayList(EigenfunctionPart.values()));
    private final Attractor3DView view3d;
    private final SeriesPicker picker;
    private final ComboBox<String> dictionary;
    private final Spinner<Integer> grid;
    private final Spinner<Integer> delays;
    private final Spinner<Integer> rank;
    private boolean updating;
    /** The fit the 3D view shows, so that recolouring it keeps the user's camera. */
    private KoopmanResult shownFit;

    KoopmanView(KoopmanViewModel viewModel, ToolContext context, SystemCatalog catalog) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.context = Objects.requireNonNull(context, "context");
        setId("koopmanView");
        view3d = new Attractor3DView(context.renderer());
        view3d.setId("koopman3d");

        picker = new SeriesPicker(catalog, viewModel.getState().series(), viewModel::sessionFolder);
        Button apply = new Button("Use this series");
        apply.setId("koopmanApplySeries");
        apply.setOnAction(e -> act(() -> viewModel.setSeries(picker.spec())));
        dictionary = new ComboBox<>(FXCollections.observableArrayList("poly:2", "poly:3", "poly:4",
                "rbf:50", "rbf:200", "delay:4", "delay:8"));
        dictionary.setId("koopmanDictionary");
        dictionary.setEditable(true);
        dictionary.setValue(viewModel.getState().dictionary().toString());
        dictionary.valueProperty().addListener((obs, was, now) -> act(() -> viewModel.setDictionary(DictionaryChoice.parse(now))));
        threshold.setId("koopmanThreshold");
        threshold.valueProperty().addListener((obs, was, now) -> {
            thresholdText.setText(String.format(Locale.ROOT, "residual threshold %.2g", Math.pow(10, now.doubleValue())));
            if (!threshold.isValueChanging()) {
                act(() -> viewModel.setThreshold(Math.pow(10, now.doubleValue())));
            }
        });
        threshold.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                act(() -> viewModel.setThreshold(Math.pow(10, threshold.getValue())));
            }
        });
        grid = new Spinner<>(KoopmanState.MIN_GRID, KoopmanState.MAX_GRID, viewModel.getState().grid(), 10);
        grid.setEditable(true);
        grid.valueProperty().addListener((obs, was, now) -> act(() -> viewModel.setGrid(now)));
        delays = new Spinner<>(2, KoopmanState.MAX_DELAYS, viewModel.getState().havokDelays(), 10);
        rank = new Spinner<>(2, KoopmanState.MAX_DELAYS, viewModel.getState().havokRank());
        for (Spinner<Integer> s : List.of(grid, delays, rank)) {
            s.setEditable(true);
            s.setPrefWidth(85);
        }
        delays.valueProperty().addListener((obs, was, now) -> act(() -> viewModel.setHavok(now, rank.getValue())));
        rank.valueProperty().addListener((obs, was, now) -> act(() -> viewModel.setHavok(delays.getValue(), now)));
        part.setValue(viewModel.getState().part());
        part.valueProperty().addListener((obs, was, now) -> act(() -> viewModel.setPart(now)));
        colouring.setId("koopmanColouring");
        colouring.setConverter(ChoiceLabels.lowerCase(Colouring.class));
        part.setConverter(ChoiceLabels.of(EigenfunctionPart.class, EigenfunctionPart::id));
        colouring.setValue(Colouring.TIME);
        colouring.valueProperty().addListener((obs, was, now) -> show3d());

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.fittingProperty().or(viewModel.pseudospectrumRunningProperty()));
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.setOnAction(e -> viewModel.cancel());
        Label error = new Label();
        error.setId("koopmanError");
        error.setWrapText(true);
        error.setTextFill(Color.web("#c0392b"));
        error.textProperty().bind(viewModel.errorProperty());

        VBox panel = new VBox(6, heading("Series"), picker, apply,
                heading("Dictionary"), dictionary,
                heading("Eigenvalues"), thresholdText, threshold,
                new HBox(6, new Label("pseudospectrum grid"), grid),
                heading("HAVOK"), new HBox(6, new Label("delays"), delays, new Label("rank"), rank),
                heading("3D view"), new HBox(6, new Label("colour by"), colouring),
                new HBox(6, new Label("eigenfunction"), part),
                new HBox(6, progress, cancel), error);
        panel.setPadding(new Insets(8));
        ScrollPane side = new ScrollPane(panel);
        side.setFitToWidth(true);
        side.setPrefWidth(345);
        setLeft(side);

        spectrum.setId("koopmanSpectrum");
        pseudo.setId("koopmanPseudospectrum");
        havok.setId("koopmanHavok");
        table.setId("koopmanTable");
        table.getColumns().setAll(List.of(column("#", r -> String.valueOf(r.rank())),
                column("lambda", r -> String.format(Locale.ROOT, "%.5f %s %.5fi", r.re(), r.im() < 0 ? "-" : "+", Math.abs(r.im()))),
                column("|lambda|", r -> fmt(r.modulus())), column("frequency", r -> fmt(r.frequency())),
                column("growth rate", r -> fmt(r.growth())), column("residual", r -> String.format(Locale.ROOT, "%.3e", r.residual()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                act(() -> viewModel.select(now.rank()));
            }
        });
        spectrum.setOnMouseClicked(e -> pick());
        SplitPane spectrumTab = new SplitPane(spectrum, table);
        spectrumTab.setOrientation(Orientation.VERTICAL);
        spectrumTab.setDividerPositions(0.68);
        TabPane tabs = new TabPane(new Tab("Spectrum", spectrumTab), new Tab("Pseudospectrum", pseudo),
                new Tab("3D", view3d), new Tab("HAVOK", havok));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        viewModel.stateProperty().addListener((obs, was, now) -> showState(was, now));
        viewModel.fitProperty().addListener((obs, was, now) -> showFit());
        viewModel.pseudospectrumProperty().addListener((obs, was, now) -> showPseudospectrum());
        showState(null, viewModel.getState());
        showFit();
    }

    FigureView spectrumView() {
        return spectrum;
    }

    TableView<EigenvalueRow> tableView() {
        return table;
    }

    Attractor3DView view3d() {
        return view3d;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5g", v);
    }

    private static TableColumn<EigenvalueRow, String> column(String title, Function<EigenvalueRow, String> text) {
        TableColumn<EigenvalueRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void act(Runnable action) {
        if (updating) {
            return;
        }
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            context.status("Koopman: " + e.getMessage());
        }
    }

    /** Selects the shown eigenvalue nearest the pointer, if one is within {@value #PICK_RADIUS_PX} pixels. */
    private void pick() {
        DataReadout at = spectrum.readoutProperty().get();
        KoopmanResult fit = viewModel.fitProperty().get();
        if (at == null || fit == null || spectrum.lastLayout() == null || spectrum.lastLayout().panels().isEmpty()) {
            return;
        }
        var geometry = spectrum.lastLayout().panels().get(0);
        double px = geometry.x().toPosition(at.x());
        double py = geometry.y().toPosition(at.y());
        int best = -1;
        double bestDistance = PICK_RADIUS_PX * PICK_RADIUS_PX;
        for (int r : viewModel.shownRanks()) {
            double dx = geometry.x().toPosition(fit.re(r)) - px;
            double dy = geometry.y().toPosition(fit.im(r)) - py;
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = r;
            }
        }
        if (best >= 0) {
            viewModel.select(best);
            if (colouring.getValue() != Colouring.EIGENFUNCTION) {
                colouring.setValue(Colouring.EIGENFUNCTION);
            }
        }
    }

    private void showState(KoopmanState was, KoopmanState now) {
        updating = true;
        try {
            double log = Math.max(MIN_LOG_THRESHOLD, Math.min(MAX_LOG_THRESHOLD, Math.log10(now.threshold())));
            if (!threshold.isValueChanging() && Math.abs(threshold.getValue() - log) > 1e-9) {
                threshold.setValue(log);
            }
            thresholdText.setText(String.format(Locale.ROOT, "residual threshold %.2g", now.threshold()));
            part.setValue(now.part());
            if (was == null || !was.series().equals(now.series())) {
                picker.setSpec(now.series());
            }
            dictionary.setValue(now.dictionary().toString());
            grid.getValueFactory().setValue(now.grid());
            delays.getValueFactory().setValue(now.havokDelays());
            rank.getValueFactory().setValue(now.havokRank());
        } finally {
            updating = false;
        }
        if (was != null && was.sameFit(now)) {
            showSpectrum();
            showPseudospectrum();
            if (was.threshold() != now.threshold()) {
                fillTable();
            }
            show3d();
        }
    }

    private void showFit() {
        fillTable();
        showSpectrum();
        showPseudospectrum();
        KoopmanResult fit = viewModel.fitProperty().get();
        if (fit != null && fit.havok() != null) {
            havok.setFigure(KoopmanFigures.havok(fit, KoopmanFigures.HAVOK_SIZE));
        } else {
            havok.setFigure(null);
        }
        show3d();
    }

    private void fillTable() {
        KoopmanResult fit = viewModel.fitProperty().get();
        updating = true;
        try {
            rows.clear();
            if (fit != null) {
                for (int r : viewModel.shownRanks()) {
                    rows.add(EigenvalueRow.of(fit, r));
                }
            }
        } finally {
            updating = false;
        }
    }

    private void showSpectrum() {
        KoopmanResult fit = viewModel.fitProperty().get();
        KoopmanState s = viewModel.getState();
        spectrum.setFigure(fit == null ? null : KoopmanFigures.spectrum(fit, s.threshold(), s.selected(), KoopmanFigures.SPECTRUM_SIZE));
    }

    private void showPseudospectrum() {
        KoopmanResult fit = viewModel.fitProperty().get();
        var ps = viewModel.pseudospectrumProperty().get();
        pseudo.setFigure(fit == null || ps == null ? null
                : KoopmanFigures.pseudospectrum(fit, ps, viewModel.getState().threshold(), KoopmanFigures.PSEUDOSPECTRUM_SIZE));
    }

    /** The attractor (first three columns) coloured as chosen; keeps the user's camera. */
    private void show3d() {
        KoopmanResult fit = viewModel.fitProperty().get();
        if (fit == null) {
            return;
        }
        int d = fit.series().columns();
        Trajectory t = Trajectory.of(d, 0, fit.series().dt(), fit.series().values());
        Curve3D curve = d >= 3 ? Curve3D.of(t, 0, 1, 2) : d == 2 ? Curve3D.of(t, 0, 1, 1) : Curve3D.of(t, 0, 0, 0);
        double[] values = switch (colouring.getValue()) {
            case EIGENFUNCTION -> viewModel.selectedEigenfunction();
            case FORCING -> fit.havok() == null ? null : fit.activeForcingOnRows();
            case TIME -> null;
        };
        Scene3D scene = Scene3D.of(curve);
        if (values != null && d > 1) {
            scene = scene.withCurve(curve.withValues(values)).withColorBy(ColorBy.values());
        }
        if (fit == shownFit && view3d.cameraProperty().get() != null) {
            scene = scene.withCamera(view3d.cameraProperty().get());
        }
        shownFit = fit;
        view3d.setScene(scene);
    }
}

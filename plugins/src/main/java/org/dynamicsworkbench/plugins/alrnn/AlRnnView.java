package org.dynamicsworkbench.plugins.alrnn;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.analysis.alrnn.train.ForcingMode;
import org.dynamicsworkbench.plugins.spi.ChoiceLabels;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.dynamicsworkbench.render.figure.fx.LinkedCursor;
import org.dynamicsworkbench.render.fx.Attractor3DView;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The AL-RNN tool's window: the setup form and the run commands on the left; on the right the model's free run
 * coloured by subregion beside the data (3D) above the symbol strip (hovering a step marks it in the 3D view), the
 * training curves, the transition graph and the table of regions.
 */
final class AlRnnView extends BorderPane {
    private final AlRnnViewModel viewModel;
    private final Attractor3DView model3d;
    private final Attractor3DView data3d;
    private final LinkedCursor cursor = new LinkedCursor();
    private final FigureView symbols = new FigureView(cursor);
    private final FigureView training = new FigureView();
    private final FigureView graph = new FigureView();
    private final TableView<RegionRow> regions = new TableView<>();
    private final TextField data = field("data");
    private final TextField latent = field("M");
    private final TextField piecewise = field("P");
    private final ChoiceBox<ForcingMode> forcing = new ChoiceBox<>(FXCollections.observableArrayList(ForcingMode.values()));
    private final TextField tau = field("tau");
    private final TextField alpha = field("alpha");
    private final TextField lr = field("lr");
    private final TextField lrEnd = field("lrEnd");
    private final TextField epochs = field("epochs");
    private final TextField batches = field("batchesPerEpoch");
    private final TextField batch = field("batch");
    private final TextField seqLen = field("seqLen");
    private final TextField seed = field("seed");
    private Runnable queueListener;

    AlRnnView(AlRnnViewModel viewModel, GlRenderer renderer) {
        this.viewModel = viewModel;
        setId("alrnnView");
        model3d = new Attractor3DView(renderer);
        data3d = new Attractor3DView(renderer);
        model3d.setId("alrnnModel3d");
        data3d.setId("alrnnData3d");
        symbols.setId("alrnnSymbols");
        training.setId("alrnnTraining");
        graph.setId("alrnnGraph");
        regions.setId("alrnnRegions");
        forcing.setId("alrnn-forcing");
        forcing.setConverter(ChoiceLabels.of(ForcingMode.class, ForcingMode::label));
        setLeft(new ScrollPane(controls()));
        setCenter(tabs());
        buildTable();
        viewModel.readingProperty().addListener((o, was, now) -> showReading(now));
        viewModel.recordsProperty().addListener((o, was, now) -> showRecords(now));
        viewModel.stateProperty().addListener((o, was, now) -> showSetup(now.setup()));
        cursor.timeProperty().addListener((o, was, now) -> mark(now.doubleValue()));
        showSetup(viewModel.stateProperty().get().setup());
        showReading(viewModel.readingProperty().get());
        showRecords(viewModel.recordsProperty().get());
    }

    Attractor3DView modelView() {
        return model3d;
    }

    FigureView symbolView() {
        return symbols;
    }

    private VBox controls() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        Object[][] rows = {{"Data (system or file)", data}, {"M (latent)", latent}, {"P (piecewise)", piecewise},
                {"Forcing", forcing}, {"tau", tau}, {"GTF alpha", alpha}, {"Learning rate", lr}, {"Final rate", lrEnd},
                {"Epochs", epochs}, {"Batches per epoch", batches}, {"Batch size", batch}, {"Sequence length", seqLen},
                {"Seed", seed}};
        for (int i = 0; i < rows.length; i++) {
            grid.add(new Label((String) rows[i][0]), 0, i);
            grid.add((javafx.scene.Node) rows[i][1], 1, i);
        }
        Button train = new Button("Train...");
        train.setId("alrnnTrain");
        train.setOnAction(e -> chooseFolder("New run folder").ifPresent(dir -> {
            if (applySetup()) {
                viewModel.train(dir);
            }
        }));
        Button queueRun = new Button("Queue...");
        queueRun.setId("alrnnQueue");
        queueRun.setTooltip(new javafx.scene.control.Tooltip("Add a run with these settings to the queue; it trains "
                + "after the runs before it, also when this tool is closed"));
        queueRun.setOnAction(e -> chooseFolder("New run folder").ifPresent(dir -> {
            if (applySetup()) {
                viewModel.queueRun(dir);
            }
        }));
        Button resume = new Button("Resume...");
        resume.setId("alrnnResume");
        resume.setOnAction(e -> chooseFolder("Run folder to resume").ifPresent(viewModel::resume));
        Button open = new Button("Open run...");
        open.setId("alrnnOpen");
        open.setOnAction(e -> chooseFolder("Run folder to read").ifPresent(viewModel::openRun));
        Button cancel = new Button("Cancel");
        cancel.setId("alrnnCancel");
        cancel.disableProperty().bind(viewModel.trainingProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        train.disableProperty().bind(viewModel.trainingProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label message = new Label();
        message.setId("alrnnMessage");
        message.setWrapText(true);
        message.setMaxWidth(260);
        message.textProperty().bind(viewModel.messageProperty());
        VBox box = new VBox(8, new Label("Setup"), grid, new HBox(6, train, queueRun, resume, cancel), open, bar, message,
                new Label("Training queue (double-click to follow a run)"), jobList());
        box.setPadding(new Insets(8));
        box.setPrefWidth(300);
        return box;
    }

    /** The workbench's queued and running AL-RNN runs; double-clicking one shows it and follows its training. */
    private javafx.scene.control.ListView<TrainingJob> jobList() {
        javafx.scene.control.ListView<TrainingJob> list = new javafx.scene.control.ListView<>();
        list.setId("alrnnQueueList");
        list.setPrefHeight(110);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TrainingJob job, boolean empty) {
                super.updateItem(job, empty);
                setText(empty || job == null ? null : job.summary());
            }
        });
        list.setOnMouseClicked(e -> {
            TrainingJob job = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && job != null) {
                viewModel.openRun(job.dir());
            }
        });
        Runnable refresh = () -> list.getItems().setAll(viewModel.queue().jobs());
        queueListener = refresh;
        viewModel.queue().addListener(refresh);
        refresh.run();
        return list;
    }

    /** Stops listening to the shared queue (the tool is closing). */
    void dispose() {
        if (queueListener != null) {
            viewModel.queue().removeListener(queueListener);
        }
    }

    private TabPane tabs() {
        SplitPane views = new SplitPane(titled("Model: free run by subregion; fixed points and cycles (filled: stable, ring: unstable)", model3d), titled("Data", data3d));
        SplitPane reading = new SplitPane(views, symbols);
        reading.setOrientation(javafx.geometry.Orientation.VERTICAL);
        reading.setDividerPositions(0.68);
        TabPane tabs = new TabPane(new Tab("Model", reading), new Tab("Training", training),
                new Tab("Transition graph", graph), new Tab("Regions", regions));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static BorderPane titled(String title, javafx.scene.Node content) {
        BorderPane pane = new BorderPane(content);
        Label label = new Label(title);
        label.setPadding(new Insets(2, 6, 2, 6));
        pane.setTop(label);
        return pane;
    }

    private void buildTable() {
        regions.getColumns().add(column("Region", r -> Integer.toString(r.region())));
        regions.getColumns().add(column("Pattern", RegionRow::pattern));
        TableColumn<RegionRow, String> occupancy = new TableColumn<>("Occupancy");
        occupancy.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                String.format(Locale.ROOT, "%.1f %%", 100 * c.getValue().occupancy())));
        regions.getColumns().add(occupancy);
        regions.getColumns().add(column("Fixed point (observed)", RegionRow::fixedPoint));
        TableColumn<RegionRow, String> kind = new TableColumn<>("Real / virtual");
        kind.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().real() ? "real" : "virtual"));
        regions.getColumns().add(kind);
        TableColumn<RegionRow, String> radius = new TableColumn<>("Spectral radius");
        radius.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(String.format(Locale.ROOT,
                "%.4f (%s)", c.getValue().spectralRadius(), c.getValue().stable() ? "stable" : "unstable")));
        regions.getColumns().add(radius);
    }

    private static TableColumn<RegionRow, String> column(String title, java.util.function.Function<RegionRow, String> text) {
        TableColumn<RegionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(text.apply(c.getValue())));
        return column;
    }

    private void showReading(ModelReading reading) {
        cursor.clear();
        if (reading == null) {
            symbols.setFigure(null);
            graph.setFigure(null);
            regions.getItems().clear();
            return;
        }
        Scene3D model = ModelScenes.model(reading);
        model3d.setScene(model3d.cameraProperty().get() == null ? model : model.withCamera(model3d.cameraProperty().get()));
        data3d.setScene(ModelScenes.data(reading, data3d.cameraProperty().get() == null ? model.camera()
                : data3d.cameraProperty().get()));
        symbols.setFigure(AlRnnFigures.symbols(reading, AlRnnFigures.SYMBOLS_SIZE));
        graph.setFigure(AlRnnFigures.graph(reading, AlRnnFigures.GRAPH_SIZE));
        regions.getItems().setAll(RegionRow.of(reading));
    }

    private void showRecords(List<EpochRecord> records) {
        ModelReading reading = viewModel.readingProperty().get();
        String title = reading != null ? AlRnnFigureSpecs.title(reading.run()) : "AL-RNN training";
        training.setFigure(records.isEmpty() ? null : AlRnnFigures.training(title, records, AlRnnFigures.TRAINING_SIZE));
    }

    /** Marks free-run step {@code t} in the model view (NaN: no mark). */
    private void mark(double t) {
        Scene3D shown = model3d.getScene3D();
        if (shown == null || shown.curve() == null) {
            return;
        }
        int index = Double.isNaN(t) ? Scene3D.NO_HIGHLIGHT
                : (int) Math.max(0, Math.min(shown.curve().pointCount() - 1, Math.round(t)));
        Scene3D marked = shown.withHighlight(index);
        model3d.setScene(model3d.cameraProperty().get() == null ? marked : marked.withCamera(model3d.cameraProperty().get()));
    }

    private void showSetup(TrainingSetup s) {
        data.setText(s.data());
        latent.setText(Integer.toString(s.latent()));
        piecewise.setText(Integer.toString(s.piecewise()));
        forcing.setValue(s.forcing());
        tau.setText(Integer.toString(s.tau()));
        alpha.setText(Double.toString(s.alpha()));
        lr.setText(Double.toString(s.lrStart()));
        lrEnd.setText(Double.toString(s.lrEnd()));
        epochs.setText(Integer.toString(s.epochs()));
        batches.setText(Integer.toString(s.batchesPerEpoch()));
        batch.setText(Integer.toString(s.batch()));
        seqLen.setText(Integer.toString(s.seqLen()));
        seed.setText(Long.toString(s.seed()));
    }

    /** Reads the form into the state; shows the first bad field and returns false when one is wrong. */
    private boolean applySetup() {
        try {
            TrainingSetup setup = new TrainingSetup(data.getText().strip(), parseInt(latent, "M"), parseInt(piecewise, "P"),
                    forcing.getValue(), parseInt(tau, "tau"), parseDouble(alpha, "alpha"), parseDouble(lr, "learning rate"),
                    parseDouble(lrEnd, "final rate"), parseInt(epochs, "epochs"), parseInt(batches, "batches per epoch"),
                    parseInt(batch, "batch size"), parseInt(seqLen, "sequence length"), parseLong(seed));
            viewModel.stateProperty().set(viewModel.stateProperty().get().withSetup(setup));
            return true;
        } catch (IllegalArgumentException e) {
            viewModel.messageProperty().set("Setup: " + e.getMessage());
            return false;
        }
    }

    private static int parseInt(TextField f, String name) {
        try {
            return Integer.parseInt(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + f.getText() + "' is not an integer", e);
        }
    }

    private static long parseLong(TextField f) {
        try {
            return Long.parseLong(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed: '" + f.getText() + "' is not an integer", e);
        }
    }

    private static double parseDouble(TextField f, String name) {
        try {
            return Double.parseDouble(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + f.getText() + "' is not a number", e);
        }
    }

    private java.util.Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(dir).map(File::toPath);
    }

    private static TextField field(String name) {
        TextField f = new TextField();
        f.setId("alrnn-" + name);
        f.setPrefColumnCount(8);
        return f;
    }
}

package org.dynamicsworkbench.plugins.explorer;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.render.fx.Attractor3DView;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The explorer's window content: on the left the system search and list, the parameter sliders, the
 * integration settings, the colouring, the Lyapunov spectrum and PNG export; in the centre the OpenGL
 * view ({@code #view3d}). It only shows the {@link ExplorerViewModel} and forwards user input to it;
 * nothing is computed on the FX thread. Camera moves made with the mouse are recorded in the state.
 */
public final class ExplorerView extends BorderPane {
    static final double PANEL_WIDTH = 340;
    /** Width of the label column in every panel, so that the inputs line up. */
    static final double LABEL_COLUMN_WIDTH = 56;
    private static final String STYLESHEET = "explorer.css";

    private final ExplorerViewModel viewModel;
    private final ToolContext context;
    private final Attractor3DView view3d;
    private final SystemPicker systems;
    private final ParameterPanel parameters;
    private final IntegrationPanel integration;
    private final AppearancePanel appearance;

    public ExplorerView(ExplorerViewModel viewModel, ToolContext context) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.context = Objects.requireNonNull(context, "context");
        getStyleClass().add("explorer");
        getStylesheets().add(Objects.requireNonNull(ExplorerView.class.getResource(STYLESHEET),
                STYLESHEET).toExternalForm());

        view3d = new Attractor3DView(context.renderer());
        view3d.setId("view3d");
        systems = new SystemPicker(viewModel.catalog(), viewModel::selectSystem);
        parameters = new ParameterPanel(viewModel);
        integration = new IntegrationPanel(viewModel);
        appearance = new AppearancePanel(viewModel);

        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label busy = new Label("integrating…");
        busy.setId("integratingLabel");
        busy.getStyleClass().add("muted");
        busy.visibleProperty().bind(viewModel.integratingProperty());

        Button export = new Button("Export PNG…");
        export.setId("exportPngButton");
        export.setMaxWidth(Double.MAX_VALUE);
        export.disableProperty().bind(viewModel.sceneProperty().isNull());
        export.setOnAction(e -> exportPng());

        VBox panel = new VBox(6,
                section("System"), systems,
                section("Parameters"), parameters,
                withStatus(section("Integration"), busy), integration, error,
                section("Colour"), appearance,
                section("Analysis"), new LyapunovPanel(viewModel), export);
        panel.setPadding(new Insets(8, 10, 10, 10));
        panel.getStyleClass().add("explorer-panel");
        ScrollPane scroller = new ScrollPane(panel);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setPrefWidth(PANEL_WIDTH);
        scroller.setMinWidth(PANEL_WIDTH);
        setLeft(scroller);
        // the OpenGL view is the first of the explorer's tabs, beside its 2D figures
        setCenter(new ExplorerFigureTabs(viewModel, view3d));

        viewModel.stateProperty().addListener((obs, was, now) -> show(now));
        viewModel.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                view3d.setScene(now);
            }
        });
        view3d.cameraProperty().addListener((obs, was, now) -> cameraMoved(now));
        show(viewModel.getState());
        if (viewModel.sceneProperty().get() != null) {
            view3d.setScene(viewModel.sceneProperty().get());
        }
    }

    /** The OpenGL view (for tests and for the workbench's own export commands). */
    public Attractor3DView view3d() {
        return view3d;
    }

    private void show(ExplorerState state) {
        systems.showSelected(state.system());
        parameters.show(state);
        integration.show(state);
        appearance.show(state);
    }

    /** A camera that differs from the shown scene's came from the mouse: keep it in the state. */
    private void cameraMoved(OrbitCamera camera) {
        Scene3D shown = view3d.getScene3D();
        if (camera != null && shown != null && !camera.equals(shown.camera())) {
            viewModel.setCamera(camera);
        }
    }

    private void exportPng() {
        Scene3D scene = viewModel.sceneProperty().get();
        if (scene == null) {
            return;
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        Optional<ExportSettings> settings = new ExportSizeDialog(owner).showAndWait();
        if (settings.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(viewModel.getState().systemName().toLowerCase(java.util.Locale.ROOT) + ".png");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path file = PngExporter.withPngExtension(chosen.toPath());
        Scene3D shown = view3d.cameraProperty().get() == null ? scene : scene.withCamera(view3d.cameraProperty().get());
        ExportSettings size = settings.get();
        context.tasks().submit("Exporting " + file.getFileName(),
                (progress, cancel) -> PngExporter.export(context.renderer(), shown, size, file, cancel),
                written -> context.status("Wrote " + written + " (" + size.width() + "x" + size.height() + ", "
                        + NumberText.format(size.dpi()) + " dpi)"),
                failure -> context.showError("PNG export failed", file + ": " + ExplorerViewModel.messageOf(failure)));
    }

    /** A section title with a status label at the right end of its line. */
    private static Node withStatus(Node title, Node status) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(title, spacer, status);
        line.setAlignment(Pos.BOTTOM_LEFT);
        return line;
    }

    private static Node section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return label;
    }
}

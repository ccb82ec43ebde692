package org.dynamicsworkbench.plugins.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.StateChangeReporter;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * One open explorer: its view model and view, saved and restored with {@link ExplorerStateCodec}. Every
 * change of the state (including camera moves made with the mouse) tells the workbench that the session
 * changed, except while a state is being restored.
 */
final class ExplorerInstance implements ToolInstance {
    private final ExplorerStateCodec codec;
    private final ExplorerViewModel viewModel;
    private final ExplorerView view;
    private final StateChangeReporter changes;

    ExplorerInstance(ToolContext context, SystemCatalog catalog) {
        Objects.requireNonNull(context, "context");
        this.codec = new ExplorerStateCodec(catalog);
        DynamicalSystem first = catalog.find(ExplorerTool.FIRST_SYSTEM).orElse(catalog.systems().get(0));
        this.viewModel = new ExplorerViewModel(context, catalog, ExplorerState.defaults(first));
        this.view = new ExplorerView(viewModel, context);
        this.changes = new StateChangeReporter(context, viewModel.stateProperty());
    }

    ExplorerViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public ObjectNode saveState() {
        return codec.write(viewModel.getState());
    }

    /** Reads and validates the whole state first; the explorer changes only if it is valid. */
    @Override
    public void restoreState(JsonNode state) throws ToolStateException {
        ExplorerState restored = codec.read(state);
        changes.whileRestoring(() -> viewModel.restore(restored));
    }

    /**
     * The four figures of the current state: the scene on screen (with the camera the user has) and the Lyapunov
     * result when they are current; the builders integrate or compute whatever is missing.
     */
    @Override
    public List<FigureSpec> figures() {
        ExplorerState state = viewModel.getState();
        Scene3D scene = viewModel.integratingProperty().get() ? null : viewModel.sceneProperty().get();
        if (scene != null && state.camera() != null) {
            scene = scene.withCamera(state.camera());
        }
        return ExplorerFigureSpecs.of(state, scene, viewModel.lyapunovResultProperty().get());
    }

    @Override
    public void close() {
        viewModel.close();
    }
}

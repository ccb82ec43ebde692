package org.dynamicsworkbench.plugins.peccary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.StateChangeReporter;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** One open PECCARY tool: its view model and view, saved and restored with {@link PeccaryStateCodec}. */
final class PeccaryInstance implements ToolInstance {
    private final PeccaryStateCodec codec;
    private final SeriesLoader loader;
    private final PeccaryViewModel viewModel;
    private final PeccaryView view;
    private final StateChangeReporter changes;

    PeccaryInstance(ToolContext context, SystemCatalog catalog) {
        Objects.requireNonNull(context, "context");
        this.codec = new PeccaryStateCodec(catalog);
        this.loader = new SeriesLoader(catalog);
        this.viewModel = new PeccaryViewModel(context, loader, PeccaryState.defaults());
        this.view = new PeccaryView(viewModel, context, catalog);
        this.changes = new StateChangeReporter(context, viewModel.stateProperty());
    }

    PeccaryViewModel viewModel() {
        return viewModel;
    }

    PeccaryView peccaryView() {
        return view;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public ObjectNode saveState() {
        return codec.write(viewModel.getState(), viewModel.sessionFolder());
    }

    /** Restores a state whose relative files resolve against the working folder. */
    @Override
    public void restoreState(JsonNode state) throws ToolStateException {
        restoreState(state, Path.of("").toAbsolutePath());
    }

    /**
     * Restores a state read from a session in {@code sessionFolder}: relative files resolve against the folder and
     * must not climb out of it; files inside it are saved relative to it again.
     */
    @Override
    public void restoreState(JsonNode state, Path sessionFolder) throws ToolStateException {
        PeccaryState restored = codec.read(state, sessionFolder);
        changes.whileRestoring(() -> viewModel.restore(restored, sessionFolder));
    }

    /** The plane and histogram of the current state, with the result on screen when it is current. */
    @Override
    public List<FigureSpec> figures() {
        PeccaryResult shown = viewModel.resultProperty().get();
        PeccaryState state = viewModel.getState();
        return PeccaryFigureSpecs.of(state, loader, shown != null && shown.state().equals(state) ? shown : null);
    }

    @Override
    public void close() {
        viewModel.close();
    }
}

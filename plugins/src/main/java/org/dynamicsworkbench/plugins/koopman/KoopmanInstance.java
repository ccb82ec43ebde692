package org.dynamicsworkbench.plugins.koopman;

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

/** One open Koopman tool: its view model and view, saved and restored with {@link KoopmanStateCodec}. */
final class KoopmanInstance implements ToolInstance {
    private final KoopmanStateCodec codec;
    private final SeriesLoader loader;
    private final KoopmanViewModel viewModel;
    private final KoopmanView view;
    private final StateChangeReporter changes;

    KoopmanInstance(ToolContext context, SystemCatalog catalog) {
        Objects.requireNonNull(context, "context");
        this.codec = new KoopmanStateCodec(catalog);
        this.loader = new SeriesLoader(catalog);
        this.viewModel = new KoopmanViewModel(context, loader, KoopmanState.defaults());
        this.view = new KoopmanView(viewModel, context, catalog);
        this.changes = new StateChangeReporter(context, viewModel.stateProperty());
    }

    KoopmanViewModel viewModel() {
        return viewModel;
    }

    KoopmanView koopmanView() {
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
        KoopmanState restored = codec.read(state, sessionFolder);
        changes.whileRestoring(() -> viewModel.restore(restored, sessionFolder));
    }

    /** The three figures of the current state, with the fit and pseudospectrum on screen when they are current. */
    @Override
    public List<FigureSpec> figures() {
        KoopmanResult shown = viewModel.fitProperty().get();
        KoopmanState state = viewModel.getState();
        boolean current = shown != null && shown.state().sameFit(state);
        var ps = viewModel.pseudospectrumProperty().get();
        boolean psCurrent = current && ps != null && ps.re().length == state.grid();
        return KoopmanFigureSpecs.of(state, loader, current ? shown : null, psCurrent ? ps : null);
    }

    @Override
    public void close() {
        viewModel.close();
    }
}

package org.dynamicsworkbench.plugins.entropy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** An open Entropy-collapse tool: its view model, its view and its saved state. FX thread. */
final class EntropyInstance implements ToolInstance {
    private final EntropyStateCodec codec = new EntropyStateCodec();
    private final EntropyViewModel viewModel;
    private final EntropyView view;

    EntropyInstance(ToolContext context) {
        viewModel = new EntropyViewModel(context, Platform::runLater, ExperimentKinds.builtin());
        view = new EntropyView(viewModel);
    }

    EntropyViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public ObjectNode saveState() {
        return codec.write(viewModel.stateProperty().get());
    }

    @Override
    public void restoreState(JsonNode state) throws ToolStateException {
        restoreState(state, Path.of("").toAbsolutePath());
    }

    @Override
    public void restoreState(JsonNode state, Path sessionFolder) throws ToolStateException {
        viewModel.restore(codec.read(state), sessionFolder);
    }

    @Override
    public List<FigureSpec> figures() {
        EntropyState s = viewModel.stateProperty().get();
        return EntropyFigureSpecs.of(viewModel.runsProperty().get(), s.step(), s.smoothing());
    }

    @Override
    public void close() {
        view.dispose();
        viewModel.close();
    }
}

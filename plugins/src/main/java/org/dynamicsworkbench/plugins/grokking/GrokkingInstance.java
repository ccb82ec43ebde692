package org.dynamicsworkbench.plugins.grokking;

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

/** An open Grokking tool: its view model, its view and its saved state. FX thread. */
final class GrokkingInstance implements ToolInstance {
    private final GrokkingStateCodec codec = new GrokkingStateCodec();
    private final GrokkingViewModel viewModel;
    private final GrokkingView view;

    GrokkingInstance(ToolContext context) {
        viewModel = new GrokkingViewModel(context, Platform::runLater, ExperimentKinds.builtin());
        view = new GrokkingView(viewModel);
    }

    GrokkingViewModel viewModel() {
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
        GrokkingState s = viewModel.stateProperty().get();
        Path sweep = viewModel.sweepProperty().get() == null ? null : viewModel.sweepProperty().get().folder();
        return GrokkingFigureSpecs.of(viewModel.runsProperty().get(), s.step(), s.smoothing(), sweep);
    }

    @Override
    public void close() {
        view.dispose();
        viewModel.close();
    }

}

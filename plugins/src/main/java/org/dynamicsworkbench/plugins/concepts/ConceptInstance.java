package org.dynamicsworkbench.plugins.concepts;

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

/** An open Concept-space tool: its view model, its view and its saved state. FX thread. */
final class ConceptInstance implements ToolInstance {
    private final ConceptStateCodec codec = new ConceptStateCodec();
    private final ConceptViewModel viewModel;
    private final ConceptView view;

    ConceptInstance(ToolContext context) {
        viewModel = new ConceptViewModel(context, Platform::runLater, ExperimentKinds.builtin());
        view = new ConceptView(viewModel);
    }

    ConceptViewModel viewModel() {
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
        return ConceptFigureSpecs.of(viewModel.runsProperty().get(), viewModel.stateProperty().get().step());
    }

    @Override
    public void close() {
        view.dispose();
        viewModel.close();
    }
}

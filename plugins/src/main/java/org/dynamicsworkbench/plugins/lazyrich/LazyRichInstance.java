package org.dynamicsworkbench.plugins.lazyrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** An open Lazy-to-rich tool: its view model, its view and its saved state. FX thread. */
final class LazyRichInstance implements ToolInstance {
    private final LazyRichStateCodec codec = new LazyRichStateCodec();
    private final LazyRichViewModel viewModel;
    private final LazyRichView view;

    LazyRichInstance(ToolContext context) {
        viewModel = new LazyRichViewModel(context, Platform::runLater);
        view = new LazyRichView(viewModel);
    }

    LazyRichViewModel viewModel() {
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
        LazyRichState s = viewModel.stateProperty().get();
        return LazyRichFigureSpecs.of(viewModel.runsProperty().get(), s.step(), s.smoothing());
    }

    @Override
    public void close() {
        view.dispose();
        viewModel.close();
    }
}

package org.dynamicsworkbench.plugins.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * An open training-dynamics tool: its view model, its view and its saved state. A tool's instance names its codec,
 * its view model and how to build and dispose of its view, and lists its figures. Closing disposes of the view, then
 * closes the view model. FX thread.
 *
 * @param <S> the tool's state
 * @param <M> the tool's view model
 */
public abstract class RunToolInstance<S, M extends RunToolModel<S>> implements ToolInstance {
    private final StateCodec<S> codec;
    private final M viewModel;
    private final Node view;
    private final Runnable disposeView;

    /**
     * @param codec writes and reads the state
     * @param viewModel the tool's view model
     * @param newView builds the view on the view model
     * @param disposeView frees what the view holds (its timeline listeners)
     */
    protected <V extends Node> RunToolInstance(StateCodec<S> codec, M viewModel, Function<? super M, V> newView,
            Consumer<? super V> disposeView) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        V built = newView.apply(viewModel);
        this.view = built;
        this.disposeView = () -> disposeView.accept(built);
    }

    /** The tool's view model. */
    public final M viewModel() {
        return viewModel;
    }

    @Override
    public final Node view() {
        return view;
    }

    @Override
    public final ObjectNode saveState() {
        return codec.write(viewModel.stateProperty().get());
    }

    @Override
    public final void restoreState(JsonNode state) throws ToolStateException {
        restoreState(state, Path.of("").toAbsolutePath());
    }

    @Override
    public final void restoreState(JsonNode state, Path sessionFolder) throws ToolStateException {
        viewModel.restore(codec.read(state), sessionFolder);
    }

    @Override
    public final void close() {
        disposeView.run();
        viewModel.close();
    }
}

package org.dynamicsworkbench.plugins.alrnn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolContext;
import org.dynamicsworkbench.plugins.spi.ToolInstance;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/** An open AL-RNN tool: its view model, its view and its saved state. FX thread. */
final class AlRnnInstance implements ToolInstance {
    private final AlRnnStateCodec codec = new AlRnnStateCodec();
    private final AlRnnViewModel viewModel;
    private final AlRnnView view;

    AlRnnInstance(ToolContext context) {
        viewModel = new AlRnnViewModel(context, TrainingQueue.WORKBENCH);
        view = new AlRnnView(viewModel, context.renderer());
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
        AlRnnState restored = codec.read(state);
        if (restored.run() != null) {
            Path run = SessionFolderPaths.resolve(restored.run(), sessionFolder, "run");
            if (!java.nio.file.Files.isDirectory(run)) {
                throw new ToolStateException("run: '" + restored.run() + "' (" + run + ") does not exist");
            }
        }
        viewModel.restore(restored, sessionFolder);
    }

    @Override
    public List<FigureSpec> figures() {
        ModelReading reading = viewModel.readingProperty().get();
        return reading == null ? List.of() : AlRnnFigureSpecs.of(reading);
    }

    @Override
    public void close() {
        view.dispose();
        viewModel.close();
    }
}

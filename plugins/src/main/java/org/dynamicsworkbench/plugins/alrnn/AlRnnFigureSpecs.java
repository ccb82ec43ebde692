package org.dynamicsworkbench.plugins.alrnn;

import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.plugins.spi.FigureSpec;

/**
 * The AL-RNN tool's figure specs for a run folder: the training curves read from its metrics, and the symbol
 * strip, transition graph and 3D view of its best checkpoint (computed when built, so listing is cheap).
 */
final class AlRnnFigureSpecs {
    private AlRnnFigureSpecs() {
    }

    static List<FigureSpec> of(Path run, int steps) {
        return List.of(
                new FigureSpec(AlRnnFigures.TRAINING, "AL-RNN training curves", AlRnnFigures.TRAINING_SIZE, false,
                        r -> AlRnnFigures.training(title(run), RunDirectory.open(run).metrics(), r.size())),
                new FigureSpec(AlRnnFigures.SYMBOLS, "AL-RNN symbol strip", AlRnnFigures.SYMBOLS_SIZE, false,
                        r -> AlRnnFigures.symbols(read(run, steps), r.size())),
                new FigureSpec(AlRnnFigures.GRAPH, "AL-RNN transition graph", AlRnnFigures.GRAPH_SIZE, false,
                        r -> AlRnnFigures.graph(read(run, steps), r.size())),
                new FigureSpec(AlRnnFigures.VIEW_3D, "AL-RNN free run by subregion (3D)", AlRnnFigures.VIEW_3D_SIZE, true,
                        r -> ModelScenes.view3d(read(run, steps), r.renderer(), r.size(), r.dpi())));
    }

    /** The figures of a reading already at hand (the window's). */
    static List<FigureSpec> of(ModelReading reading) {
        String title = title(reading.run());
        return List.of(
                new FigureSpec(AlRnnFigures.TRAINING, "AL-RNN training curves", AlRnnFigures.TRAINING_SIZE, false,
                        r -> AlRnnFigures.training(title, reading.metrics(), r.size())),
                new FigureSpec(AlRnnFigures.SYMBOLS, "AL-RNN symbol strip", AlRnnFigures.SYMBOLS_SIZE, false,
                        r -> AlRnnFigures.symbols(reading, r.size())),
                new FigureSpec(AlRnnFigures.GRAPH, "AL-RNN transition graph", AlRnnFigures.GRAPH_SIZE, false,
                        r -> AlRnnFigures.graph(reading, r.size())),
                new FigureSpec(AlRnnFigures.VIEW_3D, "AL-RNN free run by subregion (3D)", AlRnnFigures.VIEW_3D_SIZE, true,
                        r -> ModelScenes.view3d(reading, r.renderer(), r.size(), r.dpi())));
    }

    static String title(Path run) {
        return "AL-RNN training: " + run.getFileName();
    }

    private static ModelReading read(Path run, int steps) throws java.io.IOException {
        return ModelReading.ofBest(RunDirectory.open(run), steps);
    }
}

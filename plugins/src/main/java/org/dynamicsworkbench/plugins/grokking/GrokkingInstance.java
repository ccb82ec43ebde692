package org.dynamicsworkbench.plugins.grokking;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.plugins.runs.RunToolInstance;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/** An open Grokking tool: its view model, its view and its saved state. FX thread. */
final class GrokkingInstance extends RunToolInstance<GrokkingState, GrokkingViewModel> {

    GrokkingInstance(ToolContext context) {
        super(new GrokkingStateCodec(), new GrokkingViewModel(context, Platform::runLater, ExperimentKinds.builtin()),
                GrokkingView::new, GrokkingView::dispose);
    }

    @Override
    public List<FigureSpec> figures() {
        GrokkingState s = viewModel().stateProperty().get();
        SweepReading sweep = viewModel().sweepProperty().get();
        Path sweepFolder = sweep == null ? null : sweep.folder();
        return GrokkingFigureSpecs.of(viewModel().runsProperty().get(), s.step(), s.smoothing(), sweepFolder);
    }
}

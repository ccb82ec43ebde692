package org.dynamicsworkbench.plugins.entropy;

import java.util.List;
import javafx.application.Platform;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.plugins.runs.RunToolInstance;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/** An open Entropy-collapse tool: its view model, its view and its saved state. FX thread. */
final class EntropyInstance extends RunToolInstance<EntropyState, EntropyViewModel> {

    EntropyInstance(ToolContext context) {
        super(new EntropyStateCodec(), new EntropyViewModel(context, Platform::runLater, ExperimentKinds.builtin()),
                EntropyView::new, EntropyView::dispose);
    }

    @Override
    public List<FigureSpec> figures() {
        EntropyState s = viewModel().stateProperty().get();
        return EntropyFigureSpecs.of(viewModel().runsProperty().get(), s.step(), s.smoothing());
    }
}

package org.dynamicsworkbench.plugins.concepts;

import java.util.List;
import javafx.application.Platform;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.plugins.runs.RunToolInstance;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/** An open Concept-space tool: its view model, its view and its saved state. FX thread. */
final class ConceptInstance extends RunToolInstance<ConceptState, ConceptViewModel> {

    ConceptInstance(ToolContext context) {
        super(new ConceptStateCodec(), new ConceptViewModel(context, Platform::runLater, ExperimentKinds.builtin()),
                ConceptView::new, ConceptView::dispose);
    }

    @Override
    public List<FigureSpec> figures() {
        return ConceptFigureSpecs.of(viewModel().runsProperty().get(), viewModel().stateProperty().get().step());
    }
}

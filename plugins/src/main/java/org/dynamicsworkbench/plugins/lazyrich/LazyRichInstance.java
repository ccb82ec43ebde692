package org.dynamicsworkbench.plugins.lazyrich;

import java.util.List;
import javafx.application.Platform;
import org.dynamicsworkbench.plugins.runs.RunToolInstance;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/** An open Lazy-to-rich tool: its view model, its view and its saved state. FX thread. */
final class LazyRichInstance extends RunToolInstance<LazyRichState, LazyRichViewModel> {

    LazyRichInstance(ToolContext context) {
        super(new LazyRichStateCodec(), new LazyRichViewModel(context, Platform::runLater), LazyRichView::new,
                LazyRichView::dispose);
    }

    @Override
    public List<FigureSpec> figures() {
        LazyRichState s = viewModel().stateProperty().get();
        return LazyRichFigureSpecs.of(viewModel().runsProperty().get(), s.step(), s.smoothing());
    }
}

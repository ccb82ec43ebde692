package org.dynamicsworkbench.plugins.peccary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.analysis.ordinal.OrdinalPatterns;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view model without a display: recomputation on change, stale results dropped, failures reported. */
class PeccaryViewModelTest {
    private static final SystemCatalog CATALOG = SystemCatalog.builtin();
    private static final SeriesSpec LORENZ_X = SeriesSpec.ofSystem("Lorenz", 0, 3000, 0.01);

    private ControllableTasks tasks;
    private RecordingContext context;
    private PeccaryViewModel viewModel;

    @BeforeEach
    void open() {
        tasks = new ControllableTasks();
        context = new RecordingContext(tasks, null);
        viewModel = new PeccaryViewModel(context, new SeriesLoader(CATALOG),
                new PeccaryState(List.of(LORENZ_X), 4, 1, 1, 5));
        tasks.runPending();
    }

    @Test
    void theFirstResultMatchesADirectCount() throws Exception {
        PeccaryResult result = viewModel.resultProperty().get();
        assertNotNull(result);
        double[] x = new SeriesLoader(CATALOG).load(LORENZ_X, ProgressListener.NONE, CancellationToken.NEVER).column(0);
        var expected = new OrdinalPatterns(4, 1).count(x, "x").complexityEntropy();
        assertEquals(expected, result.outcomes().get(0).point());
        assertEquals(5, result.outcomes().get(0).sweep().size());
        assertFalse(viewModel.runningProperty().get());
        assertTrue(result.outcomes().get(0).advice().contains("ideal tau"), result.outcomes().get(0).advice());
    }

    @Test
    void aParameterChangeRecomputes() {
        int before = tasks.submitted().size();
        viewModel.setN(6);
        assertEquals(before + 1, tasks.submitted().size());
        assertTrue(viewModel.runningProperty().get());
        assertNull(viewModel.resultProperty().get(), "no stale result is shown while the new one computes");
        tasks.runPending();
        assertEquals(6, viewModel.resultProperty().get().state().n());
        assertEquals(720, viewModel.resultProperty().get().outcomes().get(0).counts().patternCount());
        viewModel.setN(6);
        assertEquals(before + 1, tasks.submitted().size(), "setting the same value computes nothing");
    }

    @Test
    void aStaleResultIsDropped() {
        viewModel.setTau(2);
        ControllableTasks.Task<?> first = tasks.last();
        viewModel.setTau(3);
        ControllableTasks.Task<?> second = tasks.last();
        assertTrue(first.isCancelled());
        first.runIgnoringCancel();
        assertNull(viewModel.resultProperty().get(), "the result for tau 2 arrived after tau 3 was asked for");
        second.run();
        assertEquals(3, viewModel.resultProperty().get().state().tau());
    }

    @Test
    void seriesAreAddedAndRemovedAndTheLastOneStays() {
        viewModel.addSeries(SeriesSpec.ofSystem("Rossler", 0, 3000, 0.05));
        tasks.runPending();
        assertEquals(2, viewModel.resultProperty().get().outcomes().size());
        viewModel.removeSeries(0);
        tasks.runPending();
        assertEquals("Rossler x", viewModel.resultProperty().get().outcomes().get(0).label());
        assertThrows(IllegalArgumentException.class, () -> viewModel.removeSeries(0));
    }

    @Test
    void aFailureIsReportedAndKeepsTheState() {
        viewModel.addSeries(SeriesSpec.ofFile(Path.of("no/such/file.csv"), 0, 1));
        tasks.runPending();
        assertNotNull(viewModel.errorProperty().get());
        assertTrue(viewModel.errorProperty().get().contains("file.csv"), viewModel.errorProperty().get());
        assertFalse(viewModel.runningProperty().get());
        assertEquals(1, context.statuses.size());
    }

    @Test
    void cancelStopsTheComputation() {
        viewModel.setTau(4);
        viewModel.cancel();
        assertTrue(tasks.last().isCancelled());
        assertFalse(viewModel.runningProperty().get());
        tasks.last().runIgnoringCancel();
        assertNull(viewModel.resultProperty().get());
    }
}

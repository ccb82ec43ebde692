package org.dynamicsworkbench.plugins.koopman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.series.SeriesLoader;
import org.dynamicsworkbench.plugins.series.SeriesSpec;
import org.dynamicsworkbench.plugins.testing.ControllableTasks;
import org.dynamicsworkbench.plugins.testing.RecordingContext;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Koopman view model without a display: refits, stale results, the threshold, the eigenfunction. */
class KoopmanViewModelTest {
    private static final KoopmanState STATE = new KoopmanState(SeriesSpec.ofSystem("Lorenz", 0, 3000, 0.02),
            DictionaryChoice.parse("poly:2"), 1.0, 12, 30, 5, -1, EigenfunctionPart.REAL);

    private ControllableTasks tasks;
    private KoopmanViewModel viewModel;

    @BeforeEach
    void open() {
        tasks = new ControllableTasks();
        viewModel = new KoopmanViewModel(new RecordingContext(tasks, null), new SeriesLoader(SystemCatalog.builtin()), STATE);
        tasks.runPending(); // the fit, which submits the pseudospectrum
        tasks.runPending();
    }

    @Test
    void fitsThenComputesThePseudospectrum() {
        KoopmanResult fit = viewModel.fitProperty().get();
        assertNotNull(fit);
        assertEquals(10, fit.size(), "monomials of degree <= 2 in 3 variables");
        assertNotNull(viewModel.pseudospectrumProperty().get());
        assertEquals(12 * 12, viewModel.pseudospectrumProperty().get().tau().length);
        assertEquals(1.0, fit.re(0), 1e-6, "the constant function gives lambda = 1");
    }

    @Test
    void theThresholdHidesEigenvaluesWhoseResidualExceedsIt() {
        KoopmanResult fit = viewModel.fitProperty().get();
        double[] residuals = new double[fit.size()];
        for (int r = 0; r < fit.size(); r++) {
            residuals[r] = fit.residualAt(r);
        }
        double[] sorted = residuals.clone();
        Arrays.sort(sorted);
        double cut = (sorted[4] + sorted[5]) / 2;
        int submitted = tasks.submitted().size();
        viewModel.setThreshold(cut);
        assertEquals(submitted, tasks.submitted().size(), "a threshold change computes nothing");
        int[] shown = viewModel.shownRanks();
        assertEquals(5, shown.length);
        for (int r : shown) {
            assertTrue(fit.residualAt(r) <= cut);
        }
        Figure figure = KoopmanFigures.spectrum(fit, cut, -1, KoopmanFigures.SPECTRUM_SIZE);
        int plotted = 0;
        for (Series s : figure.panels().get(0).series()) {
            ScatterSeries scatter = (ScatterSeries) s;
            for (int i = 0; i < scatter.data().size(); i++) {
                plotted++;
                double re = scatter.data().x(i);
                double im = scatter.data().y(i);
                boolean match = Arrays.stream(shown).anyMatch(r -> fit.re(r) == re && fit.im(r) == im);
                assertTrue(match, "only eigenvalues under the threshold are drawn");
            }
        }
        assertEquals(5, plotted);
    }

    @Test
    void aDictionaryChangeRefitsAndDropsTheStaleFit() {
        viewModel.setDictionary(DictionaryChoice.parse("poly:3"));
        ControllableTasks.Task<?> first = tasks.last();
        viewModel.setDictionary(DictionaryChoice.parse("poly:1"));
        assertNull(viewModel.fitProperty().get());
        first.runIgnoringCancel();
        assertNull(viewModel.fitProperty().get(), "the poly:3 fit arrived after poly:1 was asked for");
        tasks.runPending();
        assertEquals(4, viewModel.fitProperty().get().size());
    }

    @Test
    void aGridChangeOnlyRecomputesThePseudospectrum() {
        KoopmanResult fit = viewModel.fitProperty().get();
        viewModel.setGrid(20);
        assertNull(viewModel.pseudospectrumProperty().get());
        tasks.runPending();
        assertEquals(fit, viewModel.fitProperty().get());
        assertEquals(400, viewModel.pseudospectrumProperty().get().tau().length);
    }

    @Test
    void selectingAnEigenvaluePaintsItsEigenfunction() {
        assertNull(viewModel.selectedEigenfunction());
        viewModel.select(0);
        double[] phi = viewModel.selectedEigenfunction();
        assertEquals(3001, phi.length);
        // lambda = 1 belongs to the constant function
        double first = phi[0];
        for (double v : phi) {
            assertEquals(first, v, 1e-6 * Math.max(1, Math.abs(first)));
        }
        viewModel.setPart(EigenfunctionPart.MODULUS);
        assertArrayEquals(Arrays.stream(phi).map(Math::abs).toArray(), viewModel.selectedEigenfunction(), 1e-9);
    }
}

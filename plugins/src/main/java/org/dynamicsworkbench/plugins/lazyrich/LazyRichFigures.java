package org.dynamicsworkbench.plugins.lazyrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dynamicsworkbench.analysis.learning.Tensor;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.plugins.timeline.SmoothedLines;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.AxisScale;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.XYData;

/**
 * The Lazy-to-rich tool's figures, toolkit-free (the window shows them, the command line exports them). Curves are
 * drawn against the step on a log axis through {@link SmoothedLines}, the primary run first and the overlaid runs
 * (earlier alphas) after it, thinner; the primary run's train- and test-halving steps, its early test-loss peak and
 * the current step are marked.
 */
final class LazyRichFigures {
    static final String LOSS = "lazyrich.loss";
    static final String DECOMPOSITION = "lazyrich.decomposition";
    static final String ALIGNMENT = "lazyrich.alignment";
    static final String MOVEMENT = "lazyrich.movement";
    static final String SPECTRUM = "lazyrich.spectrum";

    static final FigureSize LOSS_SIZE = FigureSize.millimetres(120, 90);
    static final FigureSize DECOMPOSITION_SIZE = FigureSize.millimetres(120, 90);
    static final FigureSize ALIGNMENT_SIZE = FigureSize.millimetres(120, 90);
    static final FigureSize MOVEMENT_SIZE = FigureSize.millimetres(183, 80);
    static final FigureSize SPECTRUM_SIZE = FigureSize.millimetres(120, 90);

    /** Train and test colours of the primary run and of up to three overlays (Okabe-Ito, then grey and black). */
    private static final int[][] LOSS_COLOURS = {{0xff0072b2, 0xffd55e00}, {0xff56b4e9, 0xffe69f00},
            {0xff009e73, 0xffcc79a7}, {0xff7f7f7f, 0xff000000}};
    /** One colour per run for single-metric panels: primary black, then the overlays. */
    private static final int[] RUN_COLOURS = {0xff000000, 0xff56b4e9, 0xffe69f00, 0xff009e73};
    private static final int M_ALIGN_ARGB = 0xff0072b2;
    private static final int NTK_ALIGN_ARGB = 0xffd55e00;
    private static final int NTK_RELATIVE_ARGB = 0xff009e73;
    private static final int T1_ARGB = 0xffe69f00;
    private static final int T2_ARGB = 0xff0072b2;
    private static final int T3_ARGB = 0xff009e73;
    private static final int SUM_ARGB = 0xff000000;
    private static final int MEASURED_ARGB = 0xffd55e00;
    private static final int STEP_ARGB = 0xff000000;
    private static final int BAR_ARGB = 0xff0072b2;
    private static final int INIT_ARGB = 0xffd55e00;
    private static final double LINE_PT = 1.0;
    private static final double PRIMARY_PT = 1.4;

    private LazyRichFigures() {
    }

    /**
     * Train and test loss (log y) of every run against the step, with the primary run's halving steps, its test-loss
     * peak and the current step.
     *
     * @throws IllegalArgumentException when the primary run has logged no loss yet
     */
    static Figure loss(List<LazyRichRun> runs, long step, double smoothing, FigureSize size) {
        LazyRichRun primary = requireLoss(runs);
        List<Series> series = new ArrayList<>();
        Bounds bounds = new Bounds();
        for (int r = 0; r < runs.size(); r++) {
            LazyRichRun run = runs.get(r);
            String suffix = runs.size() == 1 ? "" : " (" + run.label() + ")";
            double width = r == 0 ? PRIMARY_PT : LINE_PT;
            curve(series, bounds, "loss-" + r + "-train", "train" + suffix, run.seriesOrNull("train_loss"), smoothing,
                    LOSS_COLOURS[r][0], width, AxisScale.LOG);
            curve(series, bounds, "loss-" + r + "-test", "test" + suffix, run.seriesOrNull("test_loss"), smoothing,
                    LOSS_COLOURS[r][1], width, AxisScale.LOG);
        }
        LazyRichRun.Summary s = primary.summary();
        if (bounds.valid()) {
            vertical(series, "loss-train-half", "train halves", s.trainHalfStep(), bounds, LOSS_COLOURS[0][0]);
            vertical(series, "loss-test-half", "test halves", s.testHalfStep(), bounds, LOSS_COLOURS[0][1]);
            if (s.testLossRose()) {
                series.add(new ScatterSeries("loss-peak", "test peak", XYData.of(new double[] {s.peakTestStep()},
                        new double[] {s.peakTestLoss()}), LOSS_COLOURS[0][1], 7));
            }
            vertical(series, "loss-step", "step", step, bounds, STEP_ARGB);
        }
        Panel panel = new Panel("loss", "", Axis.log("step"), Axis.log("MSE loss"), series, LegendPosition.LOWER_LEFT,
                false, Set.of());
        String title = Double.isNaN(s.delayRatio()) ? "Loss, " + primary.label()
                : String.format(Locale.ROOT, "Loss, %s (delay ratio %.1f)", primary.label(), s.delayRatio());
        return new Figure(LOSS, title, List.of(panel), 1, size);
    }

    /**
     * The exact test-loss decomposition of the primary run: t1 (scale), t2 (misalignment), t3 (linear power), their
     * sum and the measured test loss (log y).
     */
    static Figure decomposition(List<LazyRichRun> runs, long step, double smoothing, FigureSize size) {
        LazyRichRun primary = requireLoss(runs);
        List<Series> series = new ArrayList<>();
        Bounds bounds = new Bounds();
        curve(series, bounds, "measured", "test loss (measured)", primary.seriesOrNull("test_loss"), smoothing,
                MEASURED_ARGB, 2.6, AxisScale.LOG);
        curve(series, bounds, "sum", "t_1 + t_2 + t_3", primary.seriesOrNull("decomposition_sum"), smoothing, SUM_ARGB,
                LINE_PT, AxisScale.LOG);
        curve(series, bounds, "t1", "t_1 scale", primary.seriesOrNull("t1"), smoothing, T1_ARGB, LINE_PT, AxisScale.LOG);
        curve(series, bounds, "t2", "t_2 misalignment", primary.seriesOrNull("t2"), smoothing, T2_ARGB, LINE_PT,
                AxisScale.LOG);
        curve(series, bounds, "t3", "t_3 linear power", primary.seriesOrNull("t3"), smoothing, T3_ARGB, LINE_PT,
                AxisScale.LOG);
        if (bounds.valid()) {
            vertical(series, "decomposition-step", "step", step, bounds, STEP_ARGB);
        }
        Panel panel = new Panel("decomposition", "", Axis.log("step"), Axis.log("test loss and its terms"), series,
                LegendPosition.LOWER_LEFT, false, Set.of());
        return new Figure(DECOMPOSITION, "Exact test-loss decomposition, " + primary.label(), List.of(panel), 1, size);
    }

    /**
     * M-alignment, NTK-target alignment and NTK relative alignment against the step: the primary run's three and the
     * overlays' M-alignment.
     */
    static Figure alignment(List<LazyRichRun> runs, long step, double smoothing, FigureSize size) {
        LazyRichRun primary = requireLoss(runs);
        List<Series> align = new ArrayList<>();
        Bounds unit = new Bounds(-0.02, 1.02);
        curve(align, unit, "align-0-m", "M-alignment" + suffix(runs, 0), primary.seriesOrNull("m_alignment"),
                smoothing, M_ALIGN_ARGB, PRIMARY_PT, AxisScale.LINEAR);
        curve(align, unit, "align-0-ntk", "NTK-target" + suffix(runs, 0), primary.seriesOrNull("ntk_alignment"),
                smoothing, NTK_ALIGN_ARGB, PRIMARY_PT, AxisScale.LINEAR);
        curve(align, unit, "align-0-relative", "NTK vs NTK_0" + suffix(runs, 0),
                primary.seriesOrNull("ntk_relative_alignment"), smoothing, NTK_RELATIVE_ARGB, PRIMARY_PT,
                AxisScale.LINEAR);
        for (int r = 1; r < runs.size(); r++) {
            curve(align, unit, "align-" + r + "-m", "M-alignment" + suffix(runs, r),
                    runs.get(r).seriesOrNull("m_alignment"), smoothing, RUN_COLOURS[r], LINE_PT, AxisScale.LINEAR);
        }
        vertical(align, "align-step", "step", step, new Bounds(-0.02, 1.02), STEP_ARGB);
        Panel alignment = new Panel("alignment", "", Axis.log("step"),
                Axis.linear("alignment").withRange(new Range(-0.02, 1.02)), align, LegendPosition.LOWER_LEFT, false,
                Set.of());
        return new Figure(ALIGNMENT, "Alignments, " + primary.label(), List.of(alignment), 1, size);
    }

    /**
     * How far the features move, for every run: (a) the relative weight change ||W - W_0|| / ||W_0||; (b) the NTK
     * drift ||K_t - K_0||_F on the NTK points.
     */
    static Figure movement(List<LazyRichRun> runs, long step, double smoothing, FigureSize size) {
        requireLoss(runs);
        Panel change = perRunPanel("change", Axis.linear("||W - W_0|| / ||W_0||"), "rel_change_W", runs, step, smoothing);
        Panel drift = perRunPanel("drift", Axis.log("||K - K_0||_F"), "ntk_drift", runs, step, smoothing);
        return new Figure(MOVEMENT, "Weight change and NTK drift", List.of(change, drift), 2, size);
    }

    /**
     * The eigenvalues of M = W^T W / N at a checkpoint as bars (descending), with those of the first checkpoint as
     * markers: one eigenvalue growing out of the initial bulk is the feature being learned.
     *
     * @param atStart the eigenvalues at the first checkpoint, or null
     * @throws IllegalArgumentException when the tensors are not column vectors of the same length
     */
    static Figure spectrum(Tensor eigenvalues, long step, Tensor atStart, long startStep, String runLabel,
                           FigureSize size) {
        double[] values = column(eigenvalues, "m_eigenvalues");
        double[] index = new double[values.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i + 1;
        }
        List<Series> series = new ArrayList<>();
        series.add(new BarSeries("eigenvalues", String.format(Locale.ROOT, "step %d, %s (\\lambda_1 = %.3g)", step,
                runLabel, values.length == 0 ? Double.NaN : values[0]), index, values, 0.8, BAR_ARGB));
        if (atStart != null) {
            double[] initial = column(atStart, "m_eigenvalues at the first checkpoint");
            if (initial.length != values.length) {
                throw new IllegalArgumentException("m_eigenvalues: " + values.length + " values at step " + step + " but "
                        + initial.length + " at step " + startStep);
            }
            series.add(new ScatterSeries("initial", String.format(Locale.ROOT, "step %d (\\lambda_1 = %.3g)", startStep,
                    initial.length == 0 ? Double.NaN : initial[0]), XYData.of(index, initial), INIT_ARGB, 4));
        }
        Panel panel = new Panel("spectrum", "", Axis.linear("index (descending)"), Axis.linear("eigenvalue of M"), series,
                LegendPosition.UPPER_RIGHT, false, Set.of());
        String title = String.format(Locale.ROOT, "Eigenvalues of M = W^TW/N at step %d", step);
        return new Figure(SPECTRUM, title, List.of(panel), 1, size);
    }

    private static Panel perRunPanel(String id, Axis y, String metric, List<LazyRichRun> runs, long step,
                                     double smoothing) {
        List<Series> series = new ArrayList<>();
        Bounds bounds = new Bounds();
        for (int r = 0; r < runs.size(); r++) {
            curve(series, bounds, id + "-" + r, runs.get(r).label(), runs.get(r).seriesOrNull(metric), smoothing,
                    RUN_COLOURS[r], r == 0 ? PRIMARY_PT : LINE_PT, y.scale());
        }
        if (bounds.valid()) {
            vertical(series, id + "-step", "step", step, bounds, STEP_ARGB);
        }
        return new Panel(id, "", Axis.log("step"), y, series, LegendPosition.UPPER_LEFT, false, Set.of());
    }

    private static String suffix(List<LazyRichRun> runs, int r) {
        return runs.size() == 1 ? "" : " (" + runs.get(r).label() + ")";
    }

    private static LazyRichRun requireLoss(List<LazyRichRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run to draw");
        }
        LazyRichRun primary = runs.get(0);
        MetricSeries loss = primary.seriesOrNull("train_loss");
        if (loss == null || loss.size() == 0) {
            throw new IllegalArgumentException(primary.folder().getFileName() + ": no loss logged yet");
        }
        return primary;
    }

    /** Adds the smoothed curve of {@code s} (nothing when the run has not logged it) and widens the bounds. */
    private static void curve(List<Series> series, Bounds bounds, String id, String label, MetricSeries s,
                              double smoothing, int argb, double widthPt, AxisScale yScale) {
        if (s == null || s.size() == 0) {
            return;
        }
        double[] x = new double[s.size()];
        double[] v = s.values();
        for (int i = 0; i < x.length; i++) {
            x[i] = s.step(i);
            if (Double.isFinite(v[i]) && (yScale == AxisScale.LINEAR || v[i] > 0)) {
                bounds.include(v[i]);
            }
        }
        series.addAll(SmoothedLines.of(id, label, x, v, smoothing, argb, widthPt));
    }

    private static void vertical(List<Series> series, String id, String label, long step, Bounds b, int argb) {
        if (step > 0 && b.valid()) {
            series.add(new LineSeries(id, label, XYData.of(new double[] {step, step}, new double[] {b.lo, b.hi}), argb,
                    0.8));
        }
    }

    private static double[] column(Tensor t, String name) {
        if (t.columns() != 1) {
            throw new IllegalArgumentException(name + " must be a column vector, got " + t.rows() + " x " + t.columns());
        }
        double[] v = new double[t.rows()];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.get(i, 0);
        }
        return v;
    }

    /** The range of the values drawn in a panel, for the marker lines. */
    private static final class Bounds {
        private double lo;
        private double hi;

        Bounds() {
            this(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        }

        Bounds(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        void include(double v) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }

        boolean valid() {
            return lo <= hi;
        }
    }
}

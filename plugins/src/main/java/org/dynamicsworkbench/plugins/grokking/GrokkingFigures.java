package org.dynamicsworkbench.plugins.grokking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dynamicsworkbench.analysis.learning.Tensor;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.timeline.SmoothedLines;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.BarSeries;
import org.dynamicsworkbench.render.figure.ColorScale;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.Grid2D;
import org.dynamicsworkbench.render.figure.HeatMapSeries;
import org.dynamicsworkbench.render.figure.ImageSeries;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Palette;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.XYData;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.scene.ColorMap;

/**
 * The Grokking tool's figures, toolkit-free (the window shows them, the command line exports them). Curves are drawn
 * against the step on a log axis through {@link SmoothedLines} (raw faint, smoothed solid), the primary run first and
 * overlaid runs after it; the primary run's t_mem and t_gen and the current step are vertical lines.
 */
final class GrokkingFigures {
    static final String CURVES = "grokking.curves";
    static final String GRID = "grokking.grid";
    static final String FOURIER = "grokking.fourier";
    static final String WEIGHTS = "grokking.weights";
    static final String PHASE = "grokking.phase";

    static final FigureSize CURVES_SIZE = FigureSize.millimetres(120, 110);
    static final FigureSize GRID_SIZE = FigureSize.millimetres(100, 90);
    static final FigureSize FOURIER_SIZE = FigureSize.millimetres(183, 80);
    static final FigureSize WEIGHTS_SIZE = FigureSize.millimetres(120, 160);
    static final FigureSize PHASE_SIZE = FigureSize.millimetres(100, 90);

    /** Cell colours of the correctness grid: test right, test wrong, train right, train wrong. */
    static final int TEST_RIGHT = 0xff009e73;
    static final int TEST_WRONG = 0xffd55e00;
    static final int TRAIN_RIGHT = 0xffb8e0d2;
    static final int TRAIN_WRONG = 0xfff2c5a5;
    static final int NEVER_ARGB = 0xff7f7f7f;
    /** The correctness grid's colour key. */
    static final String KEY = "test pairs: green right, orange wrong; train pairs pale";
    private static final int MILESTONE_ARGB = 0xff9a9a9a;
    /** The share of a panel's value range left free above the curves for its legend. */
    private static final double LEGEND_HEADROOM = 0.9;
    private static final int STEP_ARGB = 0xff000000;
    private static final double LINE_PT = 1.0;

    private GrokkingFigures() {
    }

    /** A curve a panel draws: the metric, its legend name, and whether overlaid runs draw it too. */
    private record Metric(String name, String label, boolean overlaid) {
        Metric(String name, String label) {
            this(name, label, true);
        }
    }

    /**
     * Loss (log y) and accuracy against the step on a log axis, for {@code runs} (the primary first). Each run has
     * its own pair of colours (train, test), named in the loss panel's legend; the primary run's t_mem and t_gen are
     * grey vertical lines and the current step a black one, as the title says.
     *
     * @throws IllegalArgumentException when the primary run has logged no loss yet
     */
    static Figure curves(List<RunReading> runs, long step, double smoothing, FigureSize size) {
        RunReading primary = runs.get(0);
        if (primary.seriesOrNull("train_loss") == null) {
            throw new IllegalArgumentException(primary.name() + ": no loss logged yet");
        }
        Range steps = stepRange(runs);
        List<Metric> loss = List.of(new Metric("train_loss", "train"), new Metric("test_loss", "test"));
        List<Metric> accuracy = List.of(new Metric("train_acc", "train"), new Metric("test_acc", "test"));
        Panel lossPanel = curvePanel("loss", "MSE loss", Axis.log("loss"), steps, runs, loss, step, smoothing, true, 0,
                LegendPosition.LOWER_LEFT);
        Panel accuracyPanel = curvePanel("accuracy", "accuracy", Axis.linear("accuracy").withRange(
                new Range(-0.02, 1.02)), steps, runs, accuracy, step, smoothing, true, 0, LegendPosition.NONE);
        String title = String.format(Locale.ROOT, "%s: t_{mem} = %s, t_{gen} = %s (grey)%s", escape(primary.name()),
                milestone(Milestones.tMem(primary)), milestone(Milestones.tGen(primary)), stepNote(step));
        return new Figure(CURVES, title, List.of(lossPanel, accuracyPanel), 1, size);
    }

    /**
     * Weight norm, relative change from initialisation (total and per layer) and alignment (CKA, mean IPR of U and
     * the periodic fraction; overlaid runs draw the total change, CKA and IPR, so legends stay short), and, when the
     * run names key frequencies, Nanda et al.'s restricted and excluded loss.
     */
    static Figure weights(List<RunReading> runs, long step, double smoothing, FigureSize size) {
        Range steps = stepRange(runs);
        Panel norm = curvePanel("norm", "", Axis.log("|\\theta|^2"), steps, runs,
                List.of(new Metric("weight_norm_sq", "|\\theta|^2")), step, smoothing, false, 0,
                LegendPosition.LOWER_RIGHT);
        Panel change = curvePanel("change", "", Axis.linear("relative change"), steps, runs,
                List.of(new Metric("rel_change", "all"), new Metric("rel_change_U", "U", false),
                        new Metric("rel_change_V", "V", false), new Metric("rel_change_W", "W", false)),
                step, smoothing, false, LEGEND_HEADROOM, LegendPosition.UPPER_LEFT);
        Panel alignment = curvePanel("alignment", "", Axis.linear("alignment"), steps, runs,
                List.of(new Metric("cka", "CKA"), new Metric("ipr_mean_U", "IPR U"),
                        new Metric("periodic_fraction", "periodic", false)),
                step, smoothing, false, LEGEND_HEADROOM, LegendPosition.UPPER_LEFT);
        List<Panel> panels = new ArrayList<>(List.of(norm, change, alignment));
        if (runs.get(0).seriesOrNull("restricted_loss") != null) {
            // logged only when the run names key frequencies; cross-entropy, as defined by Nanda et al.
            panels.add(curvePanel("nanda", "", Axis.log("CE loss (Nanda et al.)"), steps, runs.subList(0, 1),
                    List.of(new Metric("restricted_loss", "restricted (key frequencies only)"),
                            new Metric("excluded_loss", "excluded (train, key frequencies removed)")),
                    step, smoothing, false, 0, LegendPosition.LOWER_LEFT));
        }
        return new Figure(WEIGHTS, "Weights: " + escape(runs.get(0).name()) + stepNote(step), panels, 1, size);
    }

    /** ", step 2561 (black)" for the current step's line, or nothing before a step is chosen. */
    private static String stepNote(long step) {
        return step > 0 ? ", step " + step + " (black)" : "";
    }

    /** The steps every run's curves span on a log axis: from the first logged step after 0 to the last. */
    private static Range stepRange(List<RunReading> runs) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 1;
        for (RunReading run : runs) {
            for (String name : run.history().names()) {
                MetricSeries s = run.history().series(name);
                for (int i = 0; i < s.size(); i++) {
                    if (s.step(i) > 0) {
                        lo = Math.min(lo, s.step(i));
                        hi = Math.max(hi, s.step(i));
                    }
                }
            }
        }
        if (!(lo < hi)) {
            return new Range(1, Math.max(10, hi * 10));
        }
        return new Range(lo, hi);
    }

    /**
     * @param headroom the share of the value range added above the curves, where an upper legend sits (linear axes)
     */
    private static Panel curvePanel(String id, String yLabel, Axis y, Range steps, List<RunReading> runs,
                                    List<Metric> metrics, long step, double smoothing, boolean milestones,
                                    double headroom, LegendPosition legend) {
        List<Series> series = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean linear = y.scale() == org.dynamicsworkbench.render.figure.AxisScale.LINEAR;
        int colour = 0;
        for (int r = 0; r < runs.size(); r++) {
            RunReading run = runs.get(r);
            for (Metric m : metrics) {
                if (r > 0 && !m.overlaid()) {
                    continue;
                }
                MetricSeries s = run.seriesOrNull(m.name());
                int argb = Palette.category(colour++);
                if (s == null || s.size() == 0) {
                    continue;
                }
                double[] x = new double[s.size()];
                double[] v = s.values();
                for (int i = 0; i < x.length; i++) {
                    x[i] = s.step(i);
                    if (Double.isFinite(v[i]) && (linear || v[i] > 0)) {
                        lo = Math.min(lo, v[i]);
                        hi = Math.max(hi, v[i]);
                    }
                }
                String label = runs.size() == 1 ? m.label() : m.label() + " (" + escape(run.name()) + ")";
                series.addAll(SmoothedLines.of(id + "-" + r + "-" + m.name().toLowerCase(Locale.ROOT), label, x, v, smoothing, argb,
                        r == 0 ? LINE_PT * 1.2 : LINE_PT));
            }
        }
        Range yRange = y.range();
        if (lo <= hi) {
            if (yRange == null && linear && headroom > 0) {
                double base = Math.min(0, lo);
                double span = hi > base ? hi - base : 1;
                yRange = new Range(base - 0.02 * span, hi + headroom * span);
            }
            double top = yRange != null ? yRange.max() : hi;
            double bottom = yRange != null ? yRange.min() : lo;
            RunReading primary = runs.get(0);
            if (milestones) {
                vertical(series, id + "-tmem", Milestones.tMem(primary), bottom, top, MILESTONE_ARGB);
                vertical(series, id + "-tgen", Milestones.tGen(primary), bottom, top, MILESTONE_ARGB);
            }
            vertical(series, id + "-step", step, bottom, top, STEP_ARGB);
        }
        return new Panel(id, "", Axis.log("step").withRange(steps), new Axis(yLabel.isEmpty() ? y.label() : yLabel,
                y.scale(), yRange), series, legend, false, Set.of());
    }

    /** A vertical marker without a legend entry (the figure's title names it). */
    private static void vertical(List<Series> series, String id, long step, double lo, double hi, int argb) {
        if (step > 0) {
            series.add(new LineSeries(id, "", XYData.of(new double[] {step, step}, new double[] {lo, hi}), argb, 0.8));
        }
    }

    /**
     * The p-by-p grid of the checkpoint's {@code test_grid} (a on x, b on y): test pairs right or wrong in strong
     * colours, train pairs in pale ones.
     *
     * @throws IllegalArgumentException when the tensor is not square or holds a code other than 0-3
     */
    static Figure grid(Tensor testGrid, long step, FigureSize size) {
        int p = testGrid.rows();
        if (testGrid.columns() != p) {
            throw new IllegalArgumentException("test_grid must be p x p, got " + testGrid.rows() + " x " + testGrid.columns());
        }
        int[] argb = new int[p * p];
        int testRight = 0;
        int test = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double code = testGrid.get(a, b);
                int colour;
                if (code == 0) {
                    colour = TEST_WRONG;
                    test++;
                } else if (code == 1) {
                    colour = TEST_RIGHT;
                    test++;
                    testRight++;
                } else if (code == 2) {
                    colour = TRAIN_RIGHT;
                } else if (code == 3) {
                    colour = TRAIN_WRONG;
                } else {
                    throw new IllegalArgumentException("test_grid[" + a + "][" + b + "] = " + code
                            + " (expected 0 test wrong, 1 test right, 2 train right, 3 train wrong)");
                }
                argb[(p - 1 - b) * p + a] = colour; // image rows run from the top: b = p - 1 first
            }
        }
        List<Series> series = new ArrayList<>();
        Range cells = new Range(-0.5, p - 0.5);
        series.add(new ImageSeries("cells", "", new Frame(p, p, argb), cells, cells));
        // the colour key is the panel's title: a legend inside the square would hide cells
        Panel panel = new Panel("grid", KEY, Axis.linear("a").withRange(cells), Axis.linear("b").withRange(cells), series,
                LegendPosition.NONE, true, Set.of());
        String title = String.format(Locale.ROOT, "(a + b) mod %d, step %d: %d of %d test pairs right", p, step,
                testRight, test);
        return new Figure(GRID, title, List.of(panel), 1, size);
    }

    /**
     * Neurons (rows, sorted by dominant frequency, then by their power at it) by frequency 1..p/2, coloured by the
     * share of the neuron's power, beside the histogram of dominant frequencies.
     *
     * @throws IllegalArgumentException when the shapes disagree
     */
    static Figure fourier(Tensor fourierU, Tensor dominant, long step, FigureSize size) {
        int n = fourierU.rows();
        int f = fourierU.columns();
        if (dominant.rows() != n || dominant.columns() != 1) {
            throw new IllegalArgumentException("dominant_freq must be " + n + " x 1 (one per neuron of fourier_U), got "
                    + dominant.rows() + " x " + dominant.columns());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> {
            int byFrequency = Double.compare(dominant.get(i, 0), dominant.get(j, 0));
            if (byFrequency != 0) {
                return byFrequency;
            }
            int k = (int) dominant.get(i, 0) - 1;
            return k >= 0 && k < f ? Double.compare(fourierU.get(j, k), fourierU.get(i, k)) : Integer.compare(i, j);
        });
        double[] freqs = new double[f];
        for (int k = 0; k < f; k++) {
            freqs[k] = k + 1;
        }
        double[] rows = new double[n];
        double[] values = new double[n * f];
        double max = 0;
        for (int r = 0; r < n; r++) {
            rows[r] = r;
            for (int k = 0; k < f; k++) {
                double v = fourierU.get(order[r], k);
                values[r * f + k] = v;
                max = Math.max(max, Double.isFinite(v) ? v : 0);
            }
        }
        ColorScale scale = new ColorScale(ColorMap.VIRIDIS, new Range(0, max > 0 ? max : 1), "power share");
        Panel map = new Panel("map", "", Axis.linear("frequency"), Axis.linear("neuron (sorted by dominant frequency)"),
                List.of(new HeatMapSeries("power", "", new Grid2D(freqs, rows, values), scale, true)),
                LegendPosition.NONE, false, Set.of());
        double[] counts = new double[f];
        for (int i = 0; i < n; i++) {
            int k = (int) dominant.get(i, 0);
            if (k >= 1 && k <= f) {
                counts[k - 1]++;
            }
        }
        Panel histogram = new Panel("histogram", "", Axis.linear("dominant frequency"), Axis.linear("neurons"),
                List.of(new BarSeries("count", "", freqs, counts, 0.8, Palette.category(0))), LegendPosition.NONE, false,
                Set.of());
        return new Figure(FOURIER, String.format(Locale.ROOT, "Fourier spectrum of U's neurons at step %d", step),
                List.of(map, histogram), 2, size);
    }

    /**
     * The sweep's phase diagram: one cell per run, coloured by log10 of its time to generalise; runs that finished
     * without generalising are grey ("never"), runs still going are left blank.
     */
    static Figure phase(SweepReading sweep, FigureSize size) {
        double[] x = sweep.columnValues();
        double[] y = sweep.rowValues();
        double[] values = new double[x.length * y.length];
        List<double[]> never = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                SweepReading.Cell cell = sweep.cell(j, i);
                double v = Double.NaN;
                if (cell != null && cell.tGen() >= 0) {
                    v = Math.log10(Math.max(1, cell.tGen()));
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                } else if (cell != null && cell.never()) {
                    never.add(new double[] {x[i], y[j]});
                }
                values[j * x.length + i] = v;
            }
        }
        Range range = lo <= hi ? (lo < hi ? new Range(lo, hi) : new Range(lo - 0.5, hi + 0.5)) : new Range(0, 1);
        List<Series> series = new ArrayList<>();
        series.add(new HeatMapSeries("tgen", "", new Grid2D(x, y, values), new ColorScale(ColorMap.VIRIDIS, range,
                "log_{10} t_{gen}"), true));
        if (!never.isEmpty()) {
            double[] nx = never.stream().mapToDouble(c -> c[0]).toArray();
            double[] ny = never.stream().mapToDouble(c -> c[1]).toArray();
            series.add(new org.dynamicsworkbench.render.figure.ScatterSeries("never", "never generalised",
                    XYData.of(nx, ny), NEVER_ARGB, 9));
        }
        Panel panel = new Panel("phase", "", Axis.linear(escape(sweep.columnKey())), Axis.linear(escape(sweep.rowKey())),
                series, LegendPosition.UPPER_RIGHT, false, Set.of());
        String title = String.format(Locale.ROOT, "Time to generalise: %s (%d of %d runs done)", escape(sweep.name()),
                sweep.doneCount(), sweep.size());
        return new Figure(PHASE, title, List.of(panel), 1, size);
    }

    static String milestone(long step) {
        return step < 0 ? "never" : Long.toString(step);
    }

    /** {@code text} with the markup characters escaped, so a run name prints as it is. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\_^{}$".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

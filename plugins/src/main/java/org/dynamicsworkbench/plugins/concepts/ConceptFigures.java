package org.dynamicsworkbench.plugins.concepts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dynamicsworkbench.analysis.learning.concepts.ConceptTrajectory;
import org.dynamicsworkbench.analysis.learning.concepts.SeedAverage;
import org.dynamicsworkbench.plugins.runs.FigureText;
import org.dynamicsworkbench.plugins.timeline.SmoothedLines;
import org.dynamicsworkbench.render.figure.AreaSeries;
import org.dynamicsworkbench.render.figure.Axis;
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
 * The Concept-space tool's figures, toolkit-free (the window shows them, the command line exports them). Every
 * figure marks the current evaluation step: a point on each trajectory in concept space, a vertical line on the
 * curves against step.
 */
final class ConceptFigures {
    static final String SPACE = "concepts.space";
    static final String COORDINATES = "concepts.coordinates";
    static final String TIMES = "concepts.times";
    static final String SPEED = "concepts.speed";

    static final FigureSize SPACE_SIZE = FigureSize.millimetres(110, 105);
    static final FigureSize COORDINATES_SIZE = FigureSize.millimetres(183, 80);
    static final FigureSize TIMES_SIZE = FigureSize.millimetres(100, 80);
    static final FigureSize SPEED_SIZE = FigureSize.millimetres(120, 90);

    /** Colours: the three train classes, the held-out class (naive prompt) and its over-prompt. */
    static final int[] CLASS_ARGB = {0xff999999, 0xff56b4e9, 0xffe69f00};
    static final int HELD_OUT_ARGB = 0xff0072b2;
    static final int OVERPROMPT_ARGB = 0xffd55e00;
    static final int TURN_ARGB = 0xff009e73;
    private static final int STEP_ARGB = 0xff000000;
    private static final double LINE_PT = 1.2;
    private static final double CORNER_PT = 9;
    private static final double NOW_PT = 7;
    /** The sudden-turn ring's radius in concept units (the plot shows about 1.1 units across). */
    private static final double TURN_RING_RADIUS = 0.045;
    private static final int BAND_ALPHA = 0x40;

    private ConceptFigures() {
    }

    /**
     * Each prompt's smoothed seed-mean trajectory in the unit square of concept coordinates, the corners of the
     * train classes and the held-out class, each seed's raw held-out trajectory faintly, the sudden turns, and a
     * point at {@code step} on every trajectory.
     */
    static Figure space(ConceptAnalysis a, long step, FigureSize size) {
        List<Series> series = new ArrayList<>();
        if (a.seeds() > 1) {
            for (int s = 0; s < a.seeds(); s++) {
                ConceptTrajectory t = a.seedTrajectories(false).get(s);
                series.add(new LineSeries("seed-" + s, s == 0 ? "seeds (raw)" : "",
                        XYData.of(t.concept1(), t.concept2()), SmoothedLines.faint(HELD_OUT_ARGB), 0.6));
            }
        }
        for (int k = 0; k < 3; k++) {
            ConceptTrajectory t = a.trajectory(k);
            series.add(new LineSeries("class-" + k, k == 0 ? "train classes" : "",
                    XYData.of(t.concept1(), t.concept2()), CLASS_ARGB[k], LINE_PT));
        }
        series.add(line(a.trajectory(ConceptAnalysis.HELD_OUT), "held-out", "held-out (1,1)",
                HELD_OUT_ARGB, LINE_PT * 1.6));
        series.add(line(a.trajectory(ConceptAnalysis.OVERPROMPT), "overprompt", "over-prompted",
                OVERPROMPT_ARGB, LINE_PT * 1.6));
        series.add(new ScatterSeries("train-corners", "", XYData.of(new double[] {0, 0, 1},
                new double[] {0, 1, 0}), 0xff555555, CORNER_PT));
        series.add(new ScatterSeries("held-out-corner", "", XYData.of(new double[] {1}, new double[] {1}),
                HELD_OUT_ARGB, CORNER_PT * 1.3));
        int now = nearest(a.steps(), step);
        if (now >= 0) {
            double[] x = new double[ConceptAnalysis.PROMPTS.size()];
            double[] y = new double[x.length];
            for (int p = 0; p < x.length; p++) {
                x[p] = a.trajectory(p).concept1()[now];
                y[p] = a.trajectory(p).concept2()[now];
            }
            series.add(new ScatterSeries("now", "step " + a.steps()[now], XYData.of(x, y), STEP_ARGB, NOW_PT));
        }
        for (boolean over : new boolean[] {false, true}) { // rings drawn last: a turn at the current step stays seen
            long turn = a.turnStep(over);
            ConceptTrajectory t = a.trajectory(over ? ConceptAnalysis.OVERPROMPT : ConceptAnalysis.HELD_OUT);
            int i = Arrays.binarySearch(t.steps(), turn);
            if (turn >= 0 && i >= 0) {
                series.add(ring(over ? "turn-overprompt" : "turn", over ? "" : "sudden turn", t.concept1()[i],
                        t.concept2()[i]));
            }
        }
        Range unit = new Range(-0.05, 1.05);
        Panel panel = new Panel("space", "", Axis.linear("concept 1 (strong signal)").withRange(unit),
                Axis.linear("concept 2").withRange(unit), series, LegendPosition.OUTSIDE_RIGHT, true, Set.of());
        return new Figure(SPACE, String.format(Locale.ROOT, "Concept space at step %s (%d seed%s)",
                now >= 0 ? Long.toString(a.steps()[now]) : "-", a.seeds(), a.seeds() == 1 ? "" : "s"), List.of(panel),
                1, size);
    }

    /**
     * Each concept's coordinate of the held-out prompt against step, naive and over-prompted: the seed mean with a
     * band of one standard deviation, the learning times and the current step as vertical lines.
     */
    static Figure coordinates(ConceptAnalysis a, long step, FigureSize size) {
        List<Panel> panels = new ArrayList<>();
        for (int c = 1; c <= 2; c++) {
            List<Series> series = new ArrayList<>();
            for (boolean over : new boolean[] {false, true}) {
                SeedAverage s = a.spread(over, c);
                int argb = over ? OVERPROMPT_ARGB : HELD_OUT_ARGB;
                String id = "c" + c + (over ? "-overprompt" : "-naive");
                double[] x = Arrays.stream(s.steps()).asDoubleStream().toArray();
                if (a.seeds() > 1 && x.length >= 2) {
                    series.add(band(id + "-band", x, s.mean(), s.std(), argb));
                }
                series.add(new LineSeries(id, over ? "over-prompted" : "naive prompt", XYData.of(x, s.mean()), argb,
                        LINE_PT));
                long t = a.learningTime(over, c);
                if (t >= 0) {
                    series.add(vertical(id + "-learned", "learned " + t, t, argb, 0.8));
                }
            }
            if (step >= 0) {
                series.add(vertical("c" + c + "-step", "step", step, STEP_ARGB, 0.8));
            }
            panels.add(new Panel("concept-" + c, "", Axis.linear("step"),
                    Axis.linear("held-out: concept " + c).withRange(new Range(-0.02, 1.02)), series,
                    LegendPosition.OUTSIDE_RIGHT, false, Set.of()));
        }
        return new Figure(COORDINATES, String.format(Locale.ROOT,
                "Held-out (1,1), mean \\pm sd of %d seed%s", a.seeds(),
                a.seeds() == 1 ? "" : "s"), panels, 1, size);
    }

    /**
     * The learning time of each concept for the held-out class, naive and over-prompted, as bars (the seed mean),
     * with each seed's own learning time as points; concepts never learned have no bar and say so in the title.
     */
    static Figure times(ConceptAnalysis a, long step, FigureSize size) {
        List<Series> series = new ArrayList<>();
        List<String> never = new ArrayList<>();
        double maxStep = a.steps().length == 0 ? 1 : a.steps()[a.steps().length - 1];
        for (boolean over : new boolean[] {false, true}) {
            double offset = over ? 0.2 : -0.2;
            List<Double> bx = new ArrayList<>();
            List<Double> bh = new ArrayList<>();
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int c = 1; c <= 2; c++) {
                long t = a.learningTime(over, c);
                if (t >= 0) {
                    bx.add(c + offset);
                    bh.add((double) t);
                } else {
                    never.add("concept " + c + (over ? " over-prompted" : " naive"));
                }
                for (ConceptTrajectory seed : a.seedTrajectories(over)) {
                    long ts = ConceptAnalysis.learningTime(seed, c);
                    if (ts >= 0) {
                        px.add(c + offset);
                        py.add((double) ts);
                    }
                }
            }
            int argb = over ? OVERPROMPT_ARGB : HELD_OUT_ARGB;
            series.add(new BarSeries(over ? "overprompt" : "naive", over ? "over-prompted" : "naive prompt",
                    unbox(bx), unbox(bh), 0.36, argb));
            if (a.seeds() > 1) {
                series.add(new ScatterSeries(over ? "overprompt-seeds" : "naive-seeds", over ? "" : "each seed",
                        XYData.of(unbox(px), unbox(py)), 0xff000000, 4));
            }
        }
        if (step >= 0) {
            series.add(new LineSeries("step", "step " + step, XYData.of(new double[] {0.5, 2.5},
                    new double[] {step, step}), STEP_ARGB, 0.8));
        }
        Panel panel = new Panel("times", "", Axis.categories("held-out class", List.of("concept 1", "concept 2")),
                Axis.linear("learning time (step)").withRange(new Range(0, maxStep * 1.05)), series,
                LegendPosition.UPPER_LEFT, false, Set.of());
        String title = "Learning time (held-out, > 0.9 thrice)";
        if (!never.isEmpty()) {
            title += "; never: " + String.join(", ", never);
        }
        return new Figure(TIMES, title, List.of(panel), 1, size);
    }

    /**
     * The speed |dC/dt| of the held-out prompt's smoothed trajectory (naive and over-prompted) on log-log axes,
     * with the sudden turns and the current step as vertical lines.
     */
    static Figure speed(ConceptAnalysis a, long step, FigureSize size) {
        List<Series> series = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        long[] steps = a.steps();
        for (boolean over : new boolean[] {false, true}) {
            double[] v = a.speed(over);
            double[] x = new double[steps.length];
            double[] y = new double[steps.length];
            for (int i = 0; i < steps.length; i++) {
                boolean shown = steps[i] > 0 && v[i] > 0 && Double.isFinite(v[i]);
                x[i] = steps[i] > 0 ? steps[i] : Double.NaN;
                y[i] = shown ? v[i] : Double.NaN;
                if (shown) {
                    lo = Math.min(lo, v[i]);
                    hi = Math.max(hi, v[i]);
                }
            }
            series.add(new LineSeries(over ? "overprompt" : "naive", over ? "over-prompted" : "naive prompt",
                    XYData.of(x, y), over ? OVERPROMPT_ARGB : HELD_OUT_ARGB, LINE_PT));
        }
        if (lo <= hi) {
            for (boolean over : new boolean[] {false, true}) {
                long turn = a.turnStep(over);
                if (turn > 0) {
                    series.add(new LineSeries(over ? "turn-overprompt" : "turn", (over ? "turn, over-prompted "
                            : "sudden turn ") + turn, XYData.of(new double[] {turn, turn},
                            new double[] {lo, hi}), over ? SmoothedLines.faint(TURN_ARGB) : TURN_ARGB, 1.0));
                }
            }
            if (step > 0) {
                series.add(new LineSeries("step", "step", XYData.of(new double[] {step, step}, new double[] {lo, hi}),
                        STEP_ARGB, 0.8));
            }
        }
        Panel panel = new Panel("speed", "", Axis.log("step"), Axis.log("|dC/dt| (per step)"), series,
                LegendPosition.OUTSIDE_RIGHT, false, Set.of());
        return new Figure(SPEED, "Speed |dC/dt| (held-out, smoothed)", List.of(panel), 1, size);
    }

    private static LineSeries line(ConceptTrajectory t, String id, String label, int argb, double width) {
        return new LineSeries(id, label, XYData.of(t.concept1(), t.concept2()), argb, width);
    }

    /** A ring around ({@code x}, {@code y}) in the unit square, larger than the step's points. */
    private static LineSeries ring(String id, String label, double x, double y) {
        int n = 33;
        double[] rx = new double[n];
        double[] ry = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / (n - 1);
            rx[i] = x + TURN_RING_RADIUS * Math.cos(angle);
            ry[i] = y + TURN_RING_RADIUS * Math.sin(angle);
        }
        return new LineSeries(id, label, XYData.of(rx, ry), TURN_ARGB, 1.6);
    }

    private static LineSeries vertical(String id, String label, long step, int argb, double width) {
        return new LineSeries(id, FigureText.escape(label), XYData.of(new double[] {step, step},
                new double[] {-0.02, 1.02}), argb, width);
    }

    /** The band mean +- std as a closed polygon (upper edge forward, lower edge back). */
    private static AreaSeries band(String id, double[] x, double[] mean, double[] std, int argb) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = mean[i] + std[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = mean[i] - std[i];
        }
        return new AreaSeries(id, "", px, py, (BAND_ALPHA << 24) | (argb & 0x00ffffff));
    }

    private static int nearest(long[] steps, long step) {
        if (steps.length == 0) {
            return -1;
        }
        if (step < 0) {
            return steps.length - 1;
        }
        int best = 0;
        for (int i = 1; i < steps.length; i++) {
            if (Math.abs(steps[i] - step) < Math.abs(steps[best] - step)) {
                best = i;
            }
        }
        return best;
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

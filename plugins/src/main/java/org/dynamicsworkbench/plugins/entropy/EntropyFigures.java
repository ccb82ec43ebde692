package org.dynamicsworkbench.plugins.entropy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dynamicsworkbench.analysis.learning.entropy.ExponentialLawFit;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.plugins.runs.FigureText;
import org.dynamicsworkbench.plugins.runs.RunReading;
import org.dynamicsworkbench.plugins.timeline.SmoothedLines;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Palette;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.XYData;

/**
 * The Entropy-collapse tool's figures, toolkit-free (the window shows them, the command line exports them). Every
 * figure draws all runs (the primary first, one colour each) and marks the current step: a vertical line on the
 * curves against step, a large point on the (H, R) and dH scatters.
 */
final class EntropyFigures {
    static final String CURVES = "entropy.curves";
    static final String LAW = "entropy.law";
    static final String DH = "entropy.dh";
    static final String TOKENS = "entropy.tokens";

    static final FigureSize CURVES_SIZE = FigureSize.millimetres(120, 110);
    static final FigureSize LAW_SIZE = FigureSize.millimetres(120, 100);
    static final FigureSize DH_SIZE = FigureSize.millimetres(183, 80);
    static final FigureSize TOKENS_SIZE = FigureSize.millimetres(120, 100);

    /** The colour of the fit-on-the-first-eighth curve and of the identity line. */
    static final int GUIDE_ARGB = 0xff7f7f7f;
    private static final int STEP_ARGB = 0xff000000;
    private static final double LINE_PT = 1.0;
    private static final double POINT_PT = 2.0;
    private static final double NOW_PT = 7.0;

    private EntropyFigures() {
    }

    /** The colour of run {@code r}. */
    static int colour(int r) {
        return Palette.category(r);
    }

    /**
     * Entropy (train prompts) and expected reward (held-out prompts) against step, for every run.
     *
     * @throws IllegalArgumentException when the primary run has logged no entropy yet
     */
    static Figure curves(List<RunReading> runs, long step, double smoothing, FigureSize size) {
        requireLogged(runs.get(0), "entropy_train");
        Panel entropy = curvePanel("entropy", "entropy H (nats)", runs, "entropy_train", step, smoothing, false);
        Panel reward = curvePanel("reward", "reward R (held-out)", runs, "reward_expected", step, smoothing, false);
        return new Figure(CURVES, "Entropy and reward at step " + step, List.of(entropy, reward), 1, size);
    }

    /** Tokens hit by the intervention and tokens clipped by PPO, against step, for every run. */
    static Figure tokens(List<RunReading> runs, long step, double smoothing, FigureSize size) {
        requireLogged(runs.get(0), "n_intervened");
        Panel hit = curvePanel("intervened", "tokens intervened on", runs, "n_intervened", step, smoothing, true);
        Panel clipped = curvePanel("clipped", "tokens clipped by PPO", runs, "n_ppo_clipped", step, smoothing, true);
        return new Figure(TOKENS, "Tokens touched per step", List.of(hit,
                clipped), 1, size);
    }

    /**
     * R against H for every run with its least-squares law {@code R = -a e^H + b} drawn from H = 0 (where it reaches
     * the ceiling {@code -a + b}) to the largest H, and, for the primary run, the law fitted on the first eighth of
     * the steps extended over the rest; the title gives the primary run's numbers.
     */
    static Figure law(List<RunReading> runs, long step, FigureSize size) {
        List<Series> series = new ArrayList<>();
        EntropyLaw primary = null;
        double hMax = 0;
        List<EntropyLaw> laws = new ArrayList<>();
        for (RunReading run : runs) {
            EntropyLaw law = EntropyLaw.of(run.history());
            laws.add(law);
            for (double h : law.entropy()) {
                hMax = Double.isFinite(h) ? Math.max(hMax, h) : hMax;
            }
        }
        primary = laws.get(0);
        if (primary.size() == 0) {
            throw new IllegalArgumentException(runs.get(0).name() + ": no entropy and reward logged yet");
        }
        for (int r = 0; r < runs.size(); r++) {
            EntropyLaw law = laws.get(r);
            String name = FigureText.escape(runs.get(r).name());
            int argb = colour(r);
            series.add(new ScatterSeries("points-" + r, r == 0 ? "(H, R) per step" : "",
                    XYData.of(law.entropy(), law.reward()), SmoothedLines.faint(argb), POINT_PT));
            if (law.full() != null) {
                series.add(curve("fit-" + r, name + ": ceiling " + FigureText.number(law.full().ceiling()),
                        law.full(), hMax, argb, LINE_PT * 1.5));
                series.add(new ScatterSeries("ceiling-" + r, "", XYData.of(new double[] {0},
                        new double[] {law.full().ceiling()}), argb, NOW_PT * 0.7));
            }
        }
        if (primary.early() != null) {
            series.add(curve("early-fit", "fit to step " + primary.earlySteps() + ", extrapolated: RMSE "
                    + FigureText.number(primary.extrapolationRmse()), primary.early(), hMax, GUIDE_ARGB, LINE_PT));
        }
        for (int r = 0; r < runs.size(); r++) {
            EntropyLaw law = laws.get(r);
            int i = law.indexNear(step);
            if (i >= 0) {
                series.add(new ScatterSeries("now-" + r, r == 0 ? "step " + law.steps()[i] : "", XYData.of(
                        new double[] {law.entropy()[i]}, new double[] {law.reward()[i]}), colour(r), NOW_PT));
            }
        }
        double rLo = Double.POSITIVE_INFINITY;
        double rHi = Double.NEGATIVE_INFINITY;
        for (EntropyLaw law : laws) {
            for (double reward : law.reward()) {
                rLo = Double.isFinite(reward) ? Math.min(rLo, reward) : rLo;
                rHi = Double.isFinite(reward) ? Math.max(rHi, reward) : rHi;
            }
            if (law.full() != null) {
                rHi = Math.max(rHi, law.full().ceiling());
            }
        }
        Axis hAxis = Axis.linear("entropy H (nats)");
        Axis rAxis = Axis.linear(lawLabel(primary));
        if (hMax > 0 && rLo < rHi) { // room below the points for the legend: low reward at low entropy never occurs
            double span = rHi - rLo;
            hAxis = hAxis.withRange(new Range(-0.04 * hMax, 1.04 * hMax));
            rAxis = rAxis.withRange(new Range(rLo - 0.5 * span, rHi + 0.05 * span));
        }
        Panel panel = new Panel("law", "", hAxis, rAxis, series, LegendPosition.LOWER_LEFT, false, Set.of());
        return new Figure(LAW, lawTitle(runs.get(0).name(), primary), List.of(panel), 1, size);
    }

    /** "vanilla: ceiling 0.678, RMSE 0.00539" (short enough for the view's width; a and b are in the y label). */
    static String lawTitle(String run, EntropyLaw law) {
        ExponentialLawFit f = law.full();
        if (f == null) {
            return FigureText.escape(run) + ": too few points for R = -a e^{H} + b";
        }
        return String.format(Locale.ROOT, "%s: ceiling %s, RMSE %s", FigureText.escape(run),
                FigureText.number(f.ceiling()), FigureText.number(f.rmse()));
    }

    /** "R = -a e^H + b, a = 0.0932, b = 0.771" for the primary run's fit. */
    static String lawLabel(EntropyLaw law) {
        ExponentialLawFit f = law.full();
        return f == null ? "R" : "R = -a e^{H} + b, a = " + FigureText.number(f.a()) + ", b = "
                + FigureText.number(f.b());
    }

    /**
     * The covariance lemma's predicted entropy change against the measured one (one point per step, the identity
     * line for reference), and both against step for the primary run.
     */
    static Figure dh(List<RunReading> runs, long step, double smoothing, FigureSize size) {
        RunReading primary = runs.get(0);
        requireLogged(primary, "dh_measured");
        List<Series> scatter = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < runs.size(); r++) {
            MetricSeries measured = runs.get(r).seriesOrNull("dh_measured");
            MetricSeries predicted = runs.get(r).seriesOrNull("dh_predicted");
            if (measured == null || predicted == null) {
                continue;
            }
            double[] x = new double[measured.size()];
            double[] y = measured.values();
            for (int i = 0; i < x.length; i++) {
                x[i] = predicted.valueAt(measured.step(i));
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    lo = Math.min(lo, Math.min(x[i], y[i]));
                    hi = Math.max(hi, Math.max(x[i], y[i]));
                }
            }
            scatter.add(new ScatterSeries("dh-" + r, FigureText.escape(runs.get(r).name()), XYData.of(x, y),
                    SmoothedLines.faint(colour(r)), POINT_PT));
            int i = nearestIndex(measured, step);
            if (i >= 0) {
                scatter.add(new ScatterSeries("dh-now-" + r, "", XYData.of(new double[] {x[i]}, new double[] {y[i]}),
                        colour(r), NOW_PT));
            }
        }
        if (lo < hi) {
            scatter.add(0, new LineSeries("identity", "predicted = measured", XYData.of(new double[] {lo, hi},
                    new double[] {lo, hi}), GUIDE_ARGB, LINE_PT));
        }
        Panel left = new Panel("dh-scatter", "", Axis.linear("predicted dH = -Cov(log \\pi, \\Delta z)"),
                Axis.linear("measured dH"), scatter, LegendPosition.LOWER_RIGHT, false, Set.of());
        List<Series> lines = new ArrayList<>();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        addCurve(lines, "dh-steps-measured", "measured", primary.seriesOrNull("dh_measured"), smoothing, colour(0), range);
        addCurve(lines, "dh-steps-predicted", "predicted", primary.seriesOrNull("dh_predicted"), smoothing, colour(1),
                range);
        stepLine(lines, "dh-steps-step", step, range);
        Panel right = new Panel("dh-steps", "", Axis.linear("step"), Axis.linear("dH per step ("
                + FigureText.escape(primary.name()) + ")"), lines, LegendPosition.LOWER_RIGHT, false, Set.of());
        return new Figure(DH, "Covariance lemma: predicted vs measured dH", List.of(left, right), 2,
                size);
    }

    /** @param fromZero whether the y axis starts at 0 (token counts) rather than fitting the values */
    private static Panel curvePanel(String id, String yLabel, List<RunReading> runs, String metric, long step,
                                    double smoothing, boolean fromZero) {
        List<Series> series = new ArrayList<>();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int r = 0; r < runs.size(); r++) {
            addCurve(series, id + "-" + r, FigureText.escape(runs.get(r).name()), runs.get(r).seriesOrNull(metric),
                    smoothing, colour(r), range);
        }
        Axis y = Axis.linear(yLabel);
        if (fromZero && range[0] <= range[1]) { // counts: when nothing is clipped the line sits on the axis
            range[0] = 0;
            range[1] = Math.max(1, range[1]) * 1.05;
            y = y.withRange(new Range(range[0], range[1]));
        }
        stepLine(series, id + "-step", step, range);
        return new Panel(id, "", Axis.linear("step"), y, series, LegendPosition.OUTSIDE_RIGHT, false, Set.of());
    }

    /** Adds the raw and smoothed curve of {@code s} (nothing when null) and widens {@code range} to its values. */
    private static void addCurve(List<Series> out, String id, String label, MetricSeries s, double smoothing, int argb,
                                 double[] range) {
        if (s == null || s.size() == 0) {
            return;
        }
        double[] x = new double[s.size()];
        double[] y = s.values();
        for (int i = 0; i < x.length; i++) {
            x[i] = s.step(i);
            if (Double.isFinite(y[i])) {
                range[0] = Math.min(range[0], y[i]);
                range[1] = Math.max(range[1], y[i]);
            }
        }
        out.addAll(SmoothedLines.of(id, label, x, y, smoothing, argb, LINE_PT));
    }

    private static void stepLine(List<Series> out, String id, long step, double[] range) {
        if (step >= 0 && range[0] <= range[1]) {
            double pad = range[0] < range[1] ? 0 : 0.5;
            out.add(new LineSeries(id, "step", XYData.of(new double[] {step, step},
                    new double[] {range[0] - pad, range[1] + pad}), STEP_ARGB, 0.8));
        }
    }

    private static LineSeries curve(String id, String label, ExponentialLawFit fit, double hMax, int argb, double width) {
        int n = 64;
        double[] h = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = hMax * i / (n - 1);
            r[i] = fit.predict(h[i]);
        }
        return new LineSeries(id, label, XYData.of(h, r), argb, width);
    }

    private static int nearestIndex(MetricSeries s, long step) {
        int best = -1;
        for (int i = 0; i < s.size(); i++) {
            if (best < 0 || Math.abs(s.step(i) - step) < Math.abs(s.step(best) - step)) {
                best = i;
            }
        }
        return best;
    }

    private static void requireLogged(RunReading run, String metric) {
        if (run.seriesOrNull(metric) == null) {
            throw new IllegalArgumentException(run.name() + ": no " + metric + " logged yet");
        }
    }
}

package org.dynamicsworkbench.plugins.peccary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dynamicsworkbench.analysis.ordinal.ComplexityBounds;
import org.dynamicsworkbench.analysis.ordinal.PeriodicBand;
import org.dynamicsworkbench.analysis.ordinal.TauSweepResult;
import org.dynamicsworkbench.render.figure.AreaSeries;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.BarSeries;
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
 * The PECCARY figures, toolkit-free: the complexity-entropy plane (the exact C_min and C_max curves of the
 * dimension, the regular, periodic and complex/stochastic regions shaded beneath them and named in the legend,
 * the periodic band's verticals and chord, each series' point at tau as a large marker in its own Okabe-Ito colour
 * and its tau sweep as a path of that colour) and the pattern histogram (the probability of every Lehmer code,
 * one bar group per code, one colour per series).
 */
final class PeccaryFigures {
    static final String PLANE = "peccary.plane";
    static final String HISTOGRAM = "peccary.histogram";
    static final FigureSize PLANE_SIZE = FigureSize.millimetres(120, 100);
    static final FigureSize HISTOGRAM_SIZE = FigureSize.millimetres(183, 70);

    /** Samples of the bound curves (the regions' outlines use the same points). */
    private static final int CURVE_POINTS = 401;
    private static final int REGULAR_ARGB = 0x2e808080;
    private static final int PERIODIC_ARGB = 0x4056b4e9;
    private static final int COMPLEX_ARGB = 0x33e69f00;
    private static final int BOUND_ARGB = 0xff000000;
    private static final int BAND_ARGB = 0xff707070;

    private PeccaryFigures() {
    }

    static Figure plane(PeccaryResult result, FigureSize size) {
        int n = result.state().n();
        ComplexityBounds bounds = new ComplexityBounds(n);
        double[][] curves = bounds.curves(CURVE_POINTS);
        PeriodicBand band = bounds.periodicBand();
        List<Series> series = new ArrayList<>(regions(bounds, band, curves));
        series.add(new LineSeries("cmin", "", XYData.of(curves[0], curves[1]), BOUND_ARGB, 0.9));
        series.add(new LineSeries("cmax", "", XYData.of(curves[0], curves[2]), BOUND_ARGB, 0.9));
        series.add(new LineSeries("band-left", "", XYData.of(new double[] {band.minEntropy(), band.minEntropy()},
                new double[] {band.cminAtMin(), band.cmaxAtMin()}), BAND_ARGB, 0.6));
        series.add(new LineSeries("band-right", "", XYData.of(new double[] {band.maxEntropy(), band.maxEntropy()},
                new double[] {band.cminAtMax(), band.cmaxAtMax()}), BAND_ARGB, 0.6));
        series.add(new LineSeries("band-chord", "", XYData.of(new double[] {band.minEntropy(), band.maxEntropy()},
                new double[] {band.cmaxAtMin(), band.cmaxAtMax()}), BAND_ARGB, 0.6));
        List<SeriesOutcome> outcomes = result.outcomes();
        for (int s = 0; s < outcomes.size(); s++) {
            TauSweepResult sweep = outcomes.get(s).sweep();
            if (sweep != null) {
                double[] t = new double[sweep.size()];
                int[] taus = sweep.taus();
                for (int i = 0; i < t.length; i++) {
                    t[i] = taus[i];
                }
                series.add(new LineSeries("sweep-" + s, "", new XYData(sweep.entropy(), sweep.complexity(), t),
                        Palette.category(s), 0.8));
                series.add(new ScatterSeries("sweep-points-" + s, "", new XYData(sweep.entropy(), sweep.complexity(), t),
                        Palette.category(s), 1.6));
            }
        }
        for (int s = 0; s < outcomes.size(); s++) {
            SeriesOutcome o = outcomes.get(s);
            series.add(new ScatterSeries("point-" + s, escape(o.label()) + " (\\tau = " + result.state().tau() + ")",
                    XYData.of(new double[] {o.point().entropy()}, new double[] {o.point().complexity()}),
                    Palette.category(s), 5.0));
        }
        double top = bounds.maximumOfCmax()[1];
        Panel panel = new Panel("plane", "", Axis.linear("permutation entropy H").withRange(new Range(0, 1)),
                Axis.linear("statistical complexity C").withRange(new Range(0, top * 1.08)), series,
                LegendPosition.UPPER_LEFT, false, Set.of());
        String sweepText = result.state().hasSweep()
                ? String.format(Locale.ROOT, ", \\tau swept %d..%d", result.state().sweepFrom(), result.state().sweepTo()) : "";
        return new Figure(PLANE, "Complexity-entropy plane (n = " + n + sweepText + ")", List.of(panel), 1, size);
    }

    /** Regular (left of the band and under its chord), periodic (above the chord) and complex/stochastic (right). */
    private static List<Series> regions(ComplexityBounds bounds, PeriodicBand band, double[][] curves) {
        double hMin = band.minEntropy();
        double hMax = band.maxEntropy();
        // regular: the lower bound from 0 to H_maxPer, back along the chord and then C_max to 0
        List<double[]> regular = new ArrayList<>();
        for (int i = 0; i < curves[0].length && curves[0][i] < hMax; i++) {
            regular.add(new double[] {curves[0][i], curves[1][i]});
        }
        regular.add(new double[] {hMax, band.cminAtMax()});
        regular.add(new double[] {hMax, band.cmaxAtMax()});
        regular.add(new double[] {hMin, band.cmaxAtMin()});
        for (int i = curves[0].length - 1; i >= 0; i--) {
            if (curves[0][i] < hMin) {
                regular.add(new double[] {curves[0][i], curves[2][i]});
            }
        }
        // periodic: C_max from H_minPer to H_maxPer, closed by the chord
        List<double[]> periodic = new ArrayList<>();
        periodic.add(new double[] {hMin, band.cmaxAtMin()});
        for (int i = 0; i < curves[0].length; i++) {
            if (curves[0][i] > hMin && curves[0][i] < hMax) {
                periodic.add(new double[] {curves[0][i], curves[2][i]});
            }
        }
        periodic.add(new double[] {hMax, band.cmaxAtMax()});
        // complex/stochastic: between the curves from H_maxPer to 1
        List<double[]> complex = new ArrayList<>();
        complex.add(new double[] {hMax, band.cminAtMax()});
        for (int i = 0; i < curves[0].length; i++) {
            if (curves[0][i] > hMax) {
                complex.add(new double[] {curves[0][i], curves[1][i]});
            }
        }
        for (int i = curves[0].length - 1; i >= 0; i--) {
            if (curves[0][i] > hMax) {
                complex.add(new double[] {curves[0][i], curves[2][i]});
            }
        }
        complex.add(new double[] {hMax, band.cmaxAtMax()});
        // a region can be empty for small n (for n = 3 the periodic band reaches past the last curve sample)
        List<Series> out = new ArrayList<>();
        if (regular.size() >= 3) {
            out.add(area("region-regular", "regular", regular, REGULAR_ARGB));
        }
        if (periodic.size() >= 3) {
            out.add(area("region-periodic", "periodic", periodic, PERIODIC_ARGB));
        }
        if (complex.size() >= 3) {
            out.add(area("region-complex", "complex/stochastic", complex, COMPLEX_ARGB));
        }
        return out;
    }

    private static AreaSeries area(String id, String label, List<double[]> points, int argb) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        return new AreaSeries(id, label, x, y, argb);
    }

    static Figure histogram(PeccaryResult result, FigureSize size) {
        List<SeriesOutcome> outcomes = result.outcomes();
        int k = outcomes.size();
        int patterns = outcomes.get(0).counts().patternCount();
        double width = 0.8 / k;
        double highest = 0;
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            double[] probabilities = outcomes.get(s).counts().probabilities();
            for (double p : probabilities) {
                highest = Math.max(highest, p);
            }
            double[] x = new double[patterns];
            for (int code = 0; code < patterns; code++) {
                x[code] = code - 0.4 + width * (s + 0.5);
            }
            series.add(new BarSeries("patterns-" + s, escape(outcomes.get(s).label()), x, probabilities, width,
                    Palette.category(s)));
        }
        Panel panel = new Panel("histogram", "", Axis.linear("ordinal pattern (Lehmer code)")
                .withRange(new Range(-0.7, patterns - 0.3)),
                // head room so that the legend never covers a bar
                Axis.linear("probability").withRange(new Range(0, Math.max(highest, 1e-3) * (1.15 + 0.12 * k))), series,
                LegendPosition.UPPER_RIGHT, false, Set.of());
        String title = "Ordinal patterns (n = " + result.state().n() + ", \\tau = " + result.state().tau() + ", "
                + patterns + " possible)";
        return new Figure(HISTOGRAM, title, List.of(panel), 1, size);
    }

    /** A label as plain text in the figure markup (underscores and carets are markup there). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("_", "\\_").replace("^", "\\^").replace("{", "\\{").replace("}", "\\}");
    }
}

package org.dynamicsworkbench.plugins.koopman;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dynamicsworkbench.analysis.koopman.HavokResult;
import org.dynamicsworkbench.analysis.koopman.Pseudospectrum;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.ColorScale;
import org.dynamicsworkbench.render.figure.ContourSeries;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.Grid2D;
import org.dynamicsworkbench.render.figure.Guide;
import org.dynamicsworkbench.render.figure.LegendPosition;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.XYData;
import org.dynamicsworkbench.render.scene.ColorMap;

/**
 * The Koopman figures, toolkit-free: the spectrum (eigenvalues in the complex plane with the unit circle, coloured
 * by residual band, those above the threshold left out, the selected one ringed), the pseudospectrum (contours of
 * log10 tau_N with the eigenvalues on top) and HAVOK (the scalar series with the samples where the forcing is
 * active highlighted, over the forcing itself with its threshold).
 */
final class KoopmanFigures {
    static final String SPECTRUM = "koopman.spectrum";
    static final String PSEUDOSPECTRUM = "koopman.pseudospectrum";
    static final String HAVOK = "koopman.havok";
    static final FigureSize SPECTRUM_SIZE = FigureSize.millimetres(110, 100);
    static final FigureSize PSEUDOSPECTRUM_SIZE = FigureSize.millimetres(110, 100);
    static final FigureSize HAVOK_SIZE = FigureSize.millimetres(183, 90);

    /** Residual bands: [0, 1e-3), [1e-3, 1e-2), [1e-2, 1e-1), [1e-1, inf). */
    static final double[] BAND_EDGES = {1e-3, 1e-2, 1e-1};
    private static final String[] BAND_LABELS = {"residual < 10^{-3}", "residual 10^{-3} to 10^{-2}",
            "residual 10^{-2} to 10^{-1}", "residual > 10^{-1}"};
    private static final int ACTIVE_ARGB = 0xffd55e00;
    private static final int QUIET_ARGB = 0xff0072b2;
    private static final int MAX_POINTS = 200_000;

    private KoopmanFigures() {
    }

    /** The band (0..3) of a residual. */
    static int band(double residual) {
        int b = 0;
        while (b < BAND_EDGES.length && residual >= BAND_EDGES[b]) {
            b++;
        }
        return b;
    }

    static int bandColor(int band) {
        return ColorMap.VIRIDIS.argb(band / (double) BAND_EDGES.length * 0.9);
    }

    /** The table ranks whose residual is at most the threshold. */
    static int[] shown(KoopmanResult result, double threshold) {
        return java.util.stream.IntStream.range(0, result.size()).filter(r -> result.residualAt(r) <= threshold).toArray();
    }

    static Figure spectrum(KoopmanResult result, double threshold, int selected, FigureSize size) {
        List<Series> series = new ArrayList<>(eigenvalueSeries(result, threshold));
        if (selected >= 0 && selected < result.size()) {
            series.add(0, new ScatterSeries("selected", "selected", XYData.of(new double[] {result.re(selected)},
                    new double[] {result.im(selected)}), 0xff000000, 9.0));
        }
        int hidden = result.size() - shown(result, threshold).length;
        Panel panel = Panel.complexPlane("spectrum", "", series.toArray(Series[]::new)).withLegend(LegendPosition.UPPER_LEFT);
        String title = String.format(Locale.ROOT, "%s, %s: %d eigenvalues (%d hidden: residual > %.2g)",
                escape(result.series().label()), result.state().dictionary(), result.size() - hidden, hidden, threshold);
        return new Figure(SPECTRUM, title, List.of(panel), 1, size);
    }

    private static List<Series> eigenvalueSeries(KoopmanResult result, double threshold) {
        List<Series> out = new ArrayList<>();
        for (int b = 0; b <= BAND_EDGES.length; b++) {
            List<double[]> points = new ArrayList<>();
            for (int r : shown(result, threshold)) {
                if (band(result.residualAt(r)) == b) {
                    points.add(new double[] {result.re(r), result.im(r)});
                }
            }
            if (points.isEmpty()) {
                continue;
            }
            double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
            double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
            out.add(new ScatterSeries("eigenvalues-" + b, BAND_LABELS[b], XYData.of(x, y), bandColor(b), 5.0));
        }
        return out;
    }

    static Figure pseudospectrum(KoopmanResult result, Pseudospectrum ps, double threshold, FigureSize size) {
        double[] tau = ps.tau();
        double[] log = new double[tau.length];
        for (int i = 0; i < tau.length; i++) {
            log[i] = tau[i] > 0 ? Math.log10(tau[i]) : Double.NaN;
        }
        Grid2D grid = new Grid2D(ps.re(), ps.im(), log);
        Range extent = grid.valueExtent();
        List<Series> series = new ArrayList<>();
        if (extent != null && extent.max() > extent.min()) {
            series.add(ContourSeries.withNiceLevels("tau", "log_{10} \\tau_N", grid, 8,
                    new ColorScale(ColorMap.CIVIDIS, extent, "log_{10} \\tau_N")));
        }
        series.addAll(eigenvalueSeries(result, threshold));
        Panel panel = new Panel("pseudospectrum", "", Axis.linear("Re z").withRange(new Range(ps.re()[0], ps.re()[ps.re().length - 1])),
                Axis.linear("Im z").withRange(new Range(ps.im()[0], ps.im()[ps.im().length - 1])), series,
                LegendPosition.UPPER_LEFT, true, Set.of(Guide.UNIT_CIRCLE, Guide.ZERO_LINES));
        String title = String.format(Locale.ROOT, "%s: pseudospectrum \\tau_N(z) on a %d x %d grid",
                escape(result.series().label()), ps.re().length, ps.im().length);
        return new Figure(PSEUDOSPECTRUM, title, List.of(panel), 1, size);
    }

    /**
     * @throws IllegalArgumentException when the result has no HAVOK fit (the message says why)
     */
    static Figure havok(KoopmanResult result, FigureSize size) {
        HavokResult havok = result.havok();
        if (havok == null) {
            throw new IllegalArgumentException(result.havokProblem());
        }
        double dt = result.series().dt();
        double[] x = result.series().selectedColumn();
        double[] active = result.activeForcingOnRows();
        int stride = Math.max(1, (x.length + MAX_POINTS - 1) / MAX_POINTS);
        List<double[]> all = new ArrayList<>();
        List<double[]> on = new ArrayList<>();
        for (int i = 0; i < x.length; i += stride) {
            all.add(new double[] {i * dt, x[i]});
            if (active[i] == 1) {
                on.add(new double[] {i * dt, x[i]});
            }
        }
        String column = result.series().columnNames().get(result.state().series().column());
        Panel top = Panel.of("series", Axis.linear(""), Axis.linear(escape(column)),
                new LineSeries("series", escape(column), timeSeries(all), QUIET_ARGB, 0.6),
                new ScatterSeries("active", "forcing active", timeSeries(on), ACTIVE_ARGB, 1.6))
                .withLegend(LegendPosition.UPPER_RIGHT);
        double[] forcing = havok.forcing();
        boolean[] flags = havok.activeForcing();
        List<double[]> f = new ArrayList<>();
        List<double[]> fOn = new ArrayList<>();
        for (int k = 0; k < forcing.length; k += stride) {
            double t = (result.firstForcingRow() + k) * dt;
            f.add(new double[] {t, forcing[k]});
            if (flags[k]) {
                fOn.add(new double[] {t, forcing[k]});
            }
        }
        double threshold = havok.statistics().threshold();
        double t0 = result.firstForcingRow() * dt;
        double t1 = (result.firstForcingRow() + forcing.length - 1) * dt;
        Panel bottom = Panel.of("forcing", Axis.linear("t"), Axis.linear("v_{" + havok.rank() + "}"),
                new LineSeries("forcing", "forcing v_{" + havok.rank() + "}", timeSeries(f), QUIET_ARGB, 0.6),
                new ScatterSeries("forcing-active", "", timeSeries(fOn), ACTIVE_ARGB, 1.6),
                new LineSeries("threshold-up", "\\pm threshold", XYData.of(new double[] {t0, t1},
                        new double[] {threshold, threshold}), 0xff707070, 0.5),
                new LineSeries("threshold-down", "", XYData.of(new double[] {t0, t1}, new double[] {-threshold, -threshold}),
                        0xff707070, 0.5)).withLegend(LegendPosition.UPPER_RIGHT);
        String title = String.format(Locale.ROOT, "%s: HAVOK (q = %d, r = %d), forcing kurtosis %.2f",
                escape(result.series().label()), result.state().havokDelays(), havok.rank(),
                havok.statistics().excessKurtosis() + 3);
        return new Figure(HAVOK, title, List.of(top, bottom), 1, size);
    }

    private static XYData timeSeries(List<double[]> points) {
        double[] t = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        return XYData.timeSeries(t, y);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("_", "\\_").replace("^", "\\^").replace("{", "\\{").replace("}", "\\}");
    }
}

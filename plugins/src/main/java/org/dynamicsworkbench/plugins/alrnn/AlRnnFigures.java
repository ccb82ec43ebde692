package org.dynamicsworkbench.plugins.alrnn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.regions.SymbolicCode;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
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
import org.dynamicsworkbench.render.scene.ColorMap;

/**
 * The AL-RNN tool's 2D figures, toolkit-free (the window shows them in {@code FigureView}s, the command line
 * exports them): the training curves, the symbol strip and the transition graph. Regions have one colour
 * everywhere, {@link #regionArgb}: their rank among the visited regions on the turbo map, as in the 3D view.
 */
final class AlRnnFigures {
    static final String TRAINING = "alrnn.training";
    static final String SYMBOLS = "alrnn.symbols";
    static final String GRAPH = "alrnn.graph";
    static final String VIEW_3D = "alrnn.3d";

    static final FigureSize TRAINING_SIZE = FigureSize.millimetres(120, 110);
    static final FigureSize SYMBOLS_SIZE = FigureSize.millimetres(183, 60);
    static final FigureSize GRAPH_SIZE = FigureSize.millimetres(100, 100);
    static final FigureSize VIEW_3D_SIZE = FigureSize.millimetres(120, 90);

    /** The symbol strip shows at most this many steps (the start of the free run), so single visits stay visible. */
    static final int SYMBOL_STRIP_STEPS = 2000;
    static final ColorMap REGION_COLORS = ColorMap.TURBO;

    private static final double LINE_PT = 0.8;
    private static final double STRIP_MARKER_PT = 2.0;
    private static final double NODE_MIN_PT = 6;
    private static final double NODE_MAX_PT = 30;
    private static final double EDGE_MAX_PT = 5;
    private static final int EDGE_RGB = 0xff7f7f7f;

    private AlRnnFigures() {
    }

    /** The colour of the region of rank {@code rank} among {@code visited} regions (categorical, turbo). */
    static int regionArgb(int rank, int visited) {
        return REGION_COLORS.argb(visited <= 1 ? 0 : rank / (double) (visited - 1));
    }

    /**
     * Loss per epoch (log scale), D_stsp and D_H at the checkpoints, and alpha.
     *
     * @throws IllegalArgumentException when there are no records yet
     */
    static Figure training(String title, List<EpochRecord> records, FigureSize size) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException(title + ": no epoch has finished yet");
        }
        int n = records.size();
        double[] epoch = new double[n];
        double[] loss = new double[n];
        double[] alpha = new double[n];
        List<double[]> evaluated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EpochRecord r = records.get(i);
            epoch[i] = r.epoch();
            loss[i] = r.loss() > 0 ? r.loss() : Double.NaN;
            alpha[i] = r.alpha();
            if (r.evaluation() != null) {
                evaluated.add(new double[] {r.epoch(), r.evaluation().stateSpaceDivergence(),
                        r.evaluation().hellingerDistance()});
            }
        }
        double[] checkEpoch = new double[evaluated.size()];
        double[] dstsp = new double[evaluated.size()];
        double[] dh = new double[evaluated.size()];
        for (int i = 0; i < checkEpoch.length; i++) {
            checkEpoch[i] = evaluated.get(i)[0];
            dstsp[i] = evaluated.get(i)[1];
            dh[i] = evaluated.get(i)[2];
        }
        Panel lossPanel = Panel.of("loss", Axis.linear(""), Axis.log("loss"),
                new LineSeries("loss", "loss", XYData.of(epoch, loss), Palette.category(0), LINE_PT));
        List<Series> metrics = new ArrayList<>();
        metrics.add(new LineSeries("dstsp", "D_{stsp}", XYData.of(checkEpoch, dstsp), Palette.category(1), LINE_PT));
        metrics.add(new LineSeries("dh", "D_H", XYData.of(checkEpoch, dh), Palette.category(2), LINE_PT));
        Panel metricPanel = new Panel("metrics", "", Axis.linear(""), Axis.linear("divergence"), metrics,
                LegendPosition.UPPER_RIGHT, false, Set.of());
        Panel alphaPanel = Panel.of("alpha", Axis.linear("epoch"), Axis.linear("\\alpha"),
                new LineSeries("alpha", "\\alpha", XYData.of(epoch, alpha), Palette.category(3), LINE_PT));
        return new Figure(TRAINING, title, List.of(lossPanel, metricPanel, alphaPanel), 1, size);
    }

    /**
     * Region index against free-run step over the first {@value #SYMBOL_STRIP_STEPS} steps, one series per visited
     * region in its colour; the steps are the series' times, so a linked cursor marks the same step in the 3D view.
     */
    static Figure symbols(ModelReading reading, FigureSize size) {
        SymbolicCode code = reading.code();
        int[] symbols = code.symbols();
        int shown = Math.min(symbols.length, SYMBOL_STRIP_STEPS);
        int[] visited = code.visited();
        int p = reading.shape().piecewise();
        List<Series> series = new ArrayList<>();
        for (int rank = 0; rank < visited.length; rank++) {
            int count = 0;
            for (int t = 0; t < shown; t++) {
                count += symbols[t] == visited[rank] ? 1 : 0;
            }
            double[] steps = new double[count];
            double[] index = new double[count];
            for (int t = 0, k = 0; t < shown; t++) {
                if (symbols[t] == visited[rank]) {
                    steps[k] = t;
                    index[k++] = visited[rank];
                }
            }
            series.add(new ScatterSeries("region-" + visited[rank], regionLabel(visited[rank], p),
                    new XYData(steps, index, steps), regionArgb(rank, visited.length), STRIP_MARKER_PT));
        }
        double top = Math.max(1, (1 << p) - 1);
        Panel panel = new Panel("strip", "", Axis.linear("free-run step"),
                Axis.linear("region").withRange(new Range(-0.5, top + 0.5)), series, LegendPosition.UPPER_RIGHT, false,
                Set.of());
        String title = String.format(Locale.ROOT, "Symbolic code: %d of %d regions visited (first %d of %d steps)",
                visited.length, 1 << p, shown, symbols.length);
        return new Figure(SYMBOLS, title, List.of(panel), 1, size);
    }

    /**
     * The topological graph of the visited regions on a circle: node size grows with occupancy, edge width with
     * the transition probability; a self-transition is a loop outside its node.
     */
    static Figure graph(ModelReading reading, FigureSize size) {
        SymbolicCode code = reading.code();
        int[] visited = code.visited();
        long[] occupancy = code.occupancy();
        double[] matrix = code.transitionMatrix();
        int k = visited.length;
        int p = reading.shape().piecewise();
        double[] nx = new double[k];
        double[] ny = new double[k];
        for (int i = 0; i < k; i++) {
            double angle = Math.PI / 2 - 2 * Math.PI * i / k;
            nx[i] = k == 1 ? 0 : Math.cos(angle);
            ny[i] = k == 1 ? 0 : Math.sin(angle);
        }
        List<Series> series = new ArrayList<>();
        for (int from = 0; from < k; from++) {
            for (int to = 0; to < k; to++) {
                double probability = matrix[from * k + to];
                if (probability <= 0) {
                    continue;
                }
                double width = Math.max(0.6, EDGE_MAX_PT * probability);
                XYData edge = from == to ? loop(nx[from], ny[from]) : arc(nx[from], ny[from], nx[to], ny[to]);
                series.add(new LineSeries("edge-" + visited[from] + "-" + visited[to], "", edge, EDGE_RGB, width));
            }
        }
        long total = code.length();
        for (int i = 0; i < k; i++) {
            double fraction = (double) occupancy[i] / total;
            double marker = NODE_MIN_PT + (NODE_MAX_PT - NODE_MIN_PT) * Math.sqrt(fraction);
            String label = String.format(Locale.ROOT, "%s: %.1f%%", regionLabel(visited[i], p), 100 * fraction);
            series.add(new ScatterSeries("node-" + visited[i], label, XYData.of(new double[] {nx[i]}, new double[] {ny[i]}),
                    regionArgb(i, k), marker));
        }
        // the band above the circle keeps the legend clear of the nodes
        Panel panel = new Panel("graph", "", Axis.linear("").withRange(new Range(-2, 2)),
                Axis.linear("").withRange(new Range(-1.6, 2.4)), series,
                LegendPosition.UPPER_RIGHT, true, Set.of());
        return new Figure(GRAPH, "Transition graph of the visited regions", List.of(panel), 1, size);
    }

    /** "region 2 (-+)": the index and the sign pattern of the P units. */
    static String regionLabel(int region, int piecewise) {
        return "region " + region + " (" + AlRnn.pattern(region, piecewise) + ")";
    }

    /** A slightly bent edge from a to b, bent to its left so that a -> b and b -> a do not overlap. */
    private static XYData arc(double ax, double ay, double bx, double by) {
        int segments = 16;
        double mx = (ax + bx) / 2;
        double my = (ay + by) / 2;
        double cx = mx - (by - ay) * 0.15;
        double cy = my + (bx - ax) * 0.15;
        double[] x = new double[segments + 1];
        double[] y = new double[segments + 1];
        for (int s = 0; s <= segments; s++) {
            double u = s / (double) segments;
            x[s] = (1 - u) * (1 - u) * ax + 2 * u * (1 - u) * cx + u * u * bx;
            y[s] = (1 - u) * (1 - u) * ay + 2 * u * (1 - u) * cy + u * u * by;
        }
        return XYData.of(x, y);
    }

    /** A small circle touching the node at (x, y), on the side away from the centre. */
    private static XYData loop(double x, double y) {
        double length = Math.hypot(x, y);
        double ux = length > 0 ? x / length : 0;
        double uy = length > 0 ? y / length : 1;
        double radius = 0.18;
        double cx = x + ux * radius;
        double cy = y + uy * radius;
        int segments = 32;
        double[] px = new double[segments + 1];
        double[] py = new double[segments + 1];
        for (int s = 0; s <= segments; s++) {
            double angle = 2 * Math.PI * s / segments;
            px[s] = cx + radius * Math.cos(angle);
            py[s] = cy + radius * Math.sin(angle);
        }
        return XYData.of(px, py);
    }
}

package org.dynamicsworkbench.render.figure;

import java.util.List;
import java.util.Set;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.render.TestTrajectories;
import org.dynamicsworkbench.render.scene.ColorMap;

/** Figures shared by the figure, painter, export and view tests. */
public final class DemoFigures {
    private DemoFigures() {
    }

    /**
     * Four panels: Lorenz x(t) (line, with times), its (x, z) projection (scatter, with times), the (x, z)
     * histogram as a heat map with a colour bar and log counts, and a complex plane with six eigenvalues.
     */
    public static Figure lorenzOverview() {
        int steps = 4000;
        double dt = 0.01;
        Trajectory lorenz = TestTrajectories.lorenz(steps, dt);
        int n = steps + 1;
        double[] t = new double[n];
        double[] x = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            x[i] = lorenz.state(i)[0];
            z[i] = lorenz.state(i)[2];
        }
        Panel timeSeries = new Panel("lorenz-time", "Lorenz, \\sigma = 10, \\rho = 28", Axis.linear("t"), Axis.linear("x(t)"),
                List.of(LineSeries.of("lorenz-x", "x", XYData.timeSeries(t, x), Palette.category(0))),
                LegendPosition.UPPER_RIGHT, false, Set.of());
        Panel projection = new Panel("lorenz-xz", "", Axis.linear("x"), Axis.linear("z"),
                List.of(new ScatterSeries("lorenz-xz-points", "(x, z)", new XYData(x, z, t), Palette.category(1), 0.8)),
                LegendPosition.NONE, false, Set.of());
        Panel density = new Panel("lorenz-density", "", Axis.linear("x"), Axis.linear("z"),
                List.of(new HeatMapSeries("lorenz-xz-density", "", histogram(x, z, 40, 40),
                        new ColorScale(ColorMap.VIRIDIS, new Range(0, 3), "log_{10} count"), true)),
                LegendPosition.NONE, false, Set.of());
        double[] re = {0.9 * Math.cos(Math.PI / 5), 0.9 * Math.cos(Math.PI / 5), 1.1, -0.5, 0.3, 0.3};
        double[] im = {0.9 * Math.sin(Math.PI / 5), -0.9 * Math.sin(Math.PI / 5), 0, 0, 0.6, -0.6};
        Panel plane = Panel.complexPlane("eigenvalues", "multipliers",
                ScatterSeries.of("multipliers", "\\lambda_i", XYData.of(re, im), Palette.category(2)));
        return new Figure("lorenz-overview", "", List.of(timeSeries, projection, density, plane), 2,
                PublicationPreset.DOUBLE.withAspect(1.6));
    }

    /** log10 of the count in each of {@code nx x ny} bins over the data's extent; NaN for empty bins. */
    private static Grid2D histogram(double[] x, double[] z, int nx, int ny) {
        double x0 = -20;
        double x1 = 20;
        double z0 = 0;
        double z1 = 50;
        double[] counts = new double[nx * ny];
        for (int i = 0; i < x.length; i++) {
            int bx = (int) Math.floor((x[i] - x0) / (x1 - x0) * nx);
            int bz = (int) Math.floor((z[i] - z0) / (z1 - z0) * ny);
            if (bx >= 0 && bx < nx && bz >= 0 && bz < ny) {
                counts[bz * nx + bx]++;
            }
        }
        for (int k = 0; k < counts.length; k++) {
            counts[k] = counts[k] > 0 ? Math.log10(counts[k]) : Double.NaN;
        }
        double[] cx = new double[nx];
        double[] cz = new double[ny];
        for (int i = 0; i < nx; i++) {
            cx[i] = x0 + (i + 0.5) * (x1 - x0) / nx;
        }
        for (int j = 0; j < ny; j++) {
            cz[j] = z0 + (j + 0.5) * (z1 - z0) / ny;
        }
        return new Grid2D(cx, cz, counts);
    }

    /**
     * One panel with two lines (sin, cos), a scatter, the circles of f = x^2 + y^2 as contours and a legend: the
     * golden-image figure, 60 x 45 mm.
     */
    public static Figure small() {
        int n = 101;
        double[] xs = new double[n];
        double[] sin = new double[n];
        double[] cos = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -2 + 4.0 * i / (n - 1);
            sin[i] = 1.5 * Math.sin(Math.PI * xs[i] / 2);
            cos[i] = 1.5 * Math.cos(Math.PI * xs[i] / 2);
        }
        Grid2D field = Grid2D.sample(new Range(-2, 2), 41, new Range(-2, 2), 41, (a, b) -> a * a + b * b);
        ContourSeries circles = new ContourSeries("circles", "x^2 + y^2", field, new double[] {0.5, 1, 2, 3},
                new ColorScale(ColorMap.CIVIDIS, new Range(0, 4), ""), 0.6);
        Panel panel = new Panel("small", "\\tau = 1", Axis.linear("x_1"), Axis.linear("\\sigma_{xy}"),
                List.of(circles,
                        LineSeries.of("sin", "sin", XYData.of(xs, sin), Palette.category(0)),
                        LineSeries.of("cos", "cos", XYData.of(xs, cos), Palette.category(1)),
                        ScatterSeries.of("points", "points", XYData.of(new double[] {-1, 0, 1}, new double[] {0.5, -0.5, 0.5}),
                                Palette.category(2))),
                LegendPosition.UPPER_RIGHT, false, Set.of());
        return Figure.single("small", panel, FigureSize.millimetres(60, 45));
    }
}

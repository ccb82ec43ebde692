package org.dynamicsworkbench.plugins.timeline;

import java.util.List;
import org.dynamicsworkbench.analysis.learning.run.Smoothing;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.XYData;

/**
 * A logged curve as a run's curve views draw it under a smoothing weight: with weight 0 one solid line of the raw
 * values; otherwise the raw values as a faint line ({@value #RAW_ALPHA} of the colour's opacity, no legend entry,
 * id {@code ID-raw}) beneath the TensorBoard-smoothed values ({@link Smoothing#ema}) as a solid, labelled line with
 * the given id. Toolkit-free.
 */
public final class SmoothedLines {
    /** The opacity of the raw curve under a smoothed one. */
    public static final double RAW_ALPHA = 0.3;

    private SmoothedLines() {
    }

    /**
     * @param weight smoothing in [0, {@link Smoothing#MAX_WEIGHT}]
     * @throws IllegalArgumentException for a weight out of range or x and y of different lengths
     */
    public static List<Series> of(String id, String label, double[] x, double[] y, double weight, int argb,
                                  double widthPt) {
        if (!(weight >= 0 && weight <= Smoothing.MAX_WEIGHT)) {
            throw new IllegalArgumentException("smoothing must be in [0, " + Smoothing.MAX_WEIGHT + "], got " + weight);
        }
        if (weight == 0) {
            return List.of(new LineSeries(id, label, XYData.of(x, y), argb, widthPt));
        }
        return List.of(new LineSeries(id + "-raw", "", XYData.of(x, y), faint(argb), widthPt),
                new LineSeries(id, label, XYData.of(x, Smoothing.ema(y, weight)), argb, widthPt));
    }

    /** {@code argb} at {@value #RAW_ALPHA} of its opacity. */
    public static int faint(int argb) {
        int alpha = (int) Math.round(((argb >>> 24) & 0xff) * RAW_ALPHA);
        return (alpha << 24) | (argb & 0x00ffffff);
    }
}

package org.dynamicsworkbench.render.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick generation. Linear axes get "nice" steps (1, 2 or 5 times a power of ten) with labels that show just
 * enough decimals, switching to a shared {@code x10^n} form for very large or small numbers; log axes get
 * decades labelled {@code 10^n} with minor ticks at 2..9, thinned when there are many decades, and fall back to
 * nice linear values when the range spans less than two decades.
 */
public final class Ticks {
    private static final double[] MULTIPLES = {1, 2, 5, 10};
    private static final String MINUS = "\u2212";

    private Ticks() {
    }

    /** Ticks for {@code range} on {@code scale} with at most {@code maxTicks} (at least 2) labelled ticks. */
    public static TickSet of(Range range, AxisScale scale, int maxTicks) {
        return scale == AxisScale.LOG ? log(range, maxTicks) : linear(range, maxTicks);
    }

    /** The smallest nice step (1, 2 or 5 x 10^n) giving at most {@code maxTicks} ticks over {@code span}. */
    public static double niceStep(double span, int maxTicks) {
        double raw = span / Math.max(1, maxTicks - 1);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : MULTIPLES) {
            if (m * mag >= raw * (1 - 1e-9)) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    /**
     * Nice linear ticks: every multiple of {@link #niceStep} inside {@code range}; when that leaves fewer than two
     * (a step as long as the range), the next smaller nice step, so an axis always shows a scale.
     */
    public static TickSet linear(Range range, int maxTicks) {
        requireCount(maxTicks);
        double step = niceStep(range.length(), maxTicks);
        double[] values = multiplesInside(range, step, true);
        for (int tries = 0; values.length < 2 && range.length() > 0 && tries < 3; tries++) {
            step = smallerNiceStep(step);
            values = multiplesInside(range, step, true);
        }
        return new TickSet(values, linearLabels(values, step), new double[0]);
    }

    /** The next nice step below {@code step} (5 -> 2 -> 1 -> 0.5 x 10^n). */
    private static double smallerNiceStep(double step) {
        double mag = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = step / mag;
        return m > 4 ? 2 * mag : m > 1.5 ? mag : 0.5 * mag;
    }

    /** Decade ticks {@code 10^k} inside {@code range} (positive), thinned to at most {@code maxTicks}. */
    public static TickSet log(Range range, int maxTicks) {
        requireCount(maxTicks);
        if (range.min() <= 0) {
            throw new IllegalArgumentException("log ticks need a positive range, got [" + range.min() + ", " + range.max() + "]");
        }
        int kLo = (int) Math.ceil(Math.log10(range.min()) - 1e-9);
        int kHi = (int) Math.floor(Math.log10(range.max()) + 1e-9);
        int decades = kHi - kLo + 1;
        if (decades < 2) {
            TickSet lin = linear(range, maxTicks);
            List<Double> positive = new ArrayList<>();
            List<RichText> labels = new ArrayList<>();
            for (int i = 0; i < lin.size(); i++) {
                if (lin.value(i) > 0) {
                    positive.add(lin.value(i));
                    labels.add(lin.labels().get(i));
                }
            }
            return new TickSet(positive.stream().mapToDouble(Double::doubleValue).toArray(), labels, new double[0]);
        }
        int stride = (int) Math.ceil(decades / (double) maxTicks);
        int first = Math.floorDiv(kLo + stride - 1, stride) * stride;
        List<Double> values = new ArrayList<>();
        List<RichText> labels = new ArrayList<>();
        for (int k = first; k <= kHi; k += stride) {
            values.add(Math.pow(10, k));
            labels.add(powerOfTen(k));
        }
        List<Double> minor = new ArrayList<>();
        if (stride == 1) {
            for (int k = kLo - 1; k <= kHi; k++) {
                for (int m = 2; m <= 9; m++) {
                    double v = m * Math.pow(10, k);
                    if (range.contains(v)) {
                        minor.add(v);
                    }
                }
            }
        } else {
            for (int k = kLo; k <= kHi; k++) {
                if (Math.floorMod(k, stride) != 0) {
                    minor.add(Math.pow(10, k));
                }
            }
        }
        return new TickSet(values.stream().mapToDouble(Double::doubleValue).toArray(), labels,
                minor.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * About {@code count} evenly spaced nice contour levels strictly inside {@code extent}: the nice step
     * nearest {@code extent.length() / (count + 1)}.
     */
    public static double[] contourLevels(Range extent, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("contour level count must be at least 1, got " + count);
        }
        double raw = extent.length() / (count + 1);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double best = mag;
        for (double m : MULTIPLES) {
            if (Math.abs(Math.log(m * mag / raw)) < Math.abs(Math.log(best / raw))) {
                best = m * mag;
            }
        }
        return multiplesInside(extent, best, false);
    }

    /** {@code k * step} for every integer k with the value inside {@code range} (closed or open). */
    private static double[] multiplesInside(Range range, double step, boolean closed) {
        double tolerance = step * 1e-9;
        long kLo = (long) Math.ceil((range.min() - (closed ? tolerance : -tolerance)) / step);
        long kHi = (long) Math.floor((range.max() + (closed ? tolerance : -tolerance)) / step);
        int n = (int) Math.max(0, kHi - kLo + 1);
        double[] values = new double[n];
        int exponent = (int) Math.floor(Math.log10(step) + 1e-9);
        double mantissa = step / Math.pow(10, exponent);
        for (int i = 0; i < n; i++) {
            long k = kLo + i;
            // k * mantissa is exact for mantissa 1, 2, 5 (and 10); one division by a power of ten keeps values
            // like 0.3 exact to the last bit instead of 3 * 0.1 = 0.30000000000000004
            values[i] = exponent < 0 ? k * mantissa / Math.pow(10, -exponent) : k * mantissa * Math.pow(10, exponent);
        }
        return values;
    }

    private static List<RichText> linearLabels(double[] values, double step) {
        double maxAbs = 0;
        for (double v : values) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        int stepExponent = (int) Math.floor(Math.log10(step) + 1e-9);
        List<RichText> labels = new ArrayList<>(values.length);
        if (maxAbs >= 1e5 || (maxAbs > 0 && maxAbs < 1e-3)) {
            int common = (int) Math.floor(Math.log10(maxAbs) + 1e-9);
            int decimals = Math.max(0, common - stepExponent);
            for (double v : values) {
                if (v == 0) {
                    labels.add(RichText.plain("0"));
                } else {
                    String mantissa = signed(String.format(Locale.ROOT, "%." + decimals + "f", v / Math.pow(10, common)));
                    List<RichText.Run> runs = List.of(new RichText.Run(mantissa + "\u00D710", RichText.Script.NORMAL),
                            new RichText.Run(signed(Integer.toString(common)), RichText.Script.SUPER));
                    labels.add(new RichText(runs));
                }
            }
        } else {
            int decimals = Math.max(0, -stepExponent);
            for (double v : values) {
                String text = String.format(Locale.ROOT, "%." + decimals + "f", v == 0 ? 0.0 : v);
                labels.add(RichText.plain(signed(text)));
            }
        }
        return labels;
    }

    private static RichText powerOfTen(int k) {
        return new RichText(List.of(new RichText.Run("10", RichText.Script.NORMAL),
                new RichText.Run(signed(Integer.toString(k)), RichText.Script.SUPER)));
    }

    /** A leading hyphen as the typographic minus sign. */
    private static String signed(String number) {
        return number.startsWith("-") ? MINUS + number.substring(1) : number;
    }

    private static void requireCount(int maxTicks) {
        if (maxTicks < 2) {
            throw new IllegalArgumentException("at least 2 ticks are needed, got " + maxTicks);
        }
    }
}

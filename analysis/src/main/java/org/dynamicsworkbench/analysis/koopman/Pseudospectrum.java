package org.dynamicsworkbench.analysis.koopman;

/**
 * tau_N(z) on a rectangular grid: {@code tau[j * re.length + i]} belongs to z = re[i] + 1i im[j]. The
 * epsilon-pseudospectrum is {z : tau_N(z) &lt; epsilon}. Immutable; arrays are copied in and out.
 */
public record Pseudospectrum(double[] re, double[] im, double[] tau) {

    public Pseudospectrum {
        re = re.clone();
        im = im.clone();
        tau = tau.clone();
        if (tau.length != re.length * im.length) {
            throw new IllegalArgumentException("a " + re.length + " x " + im.length + " grid needs "
                    + re.length * im.length + " values, got " + tau.length);
        }
    }

    @Override
    public double[] re() {
        return re.clone();
    }

    @Override
    public double[] im() {
        return im.clone();
    }

    @Override
    public double[] tau() {
        return tau.clone();
    }

    public double at(int reIndex, int imIndex) {
        return tau[imIndex * re.length + reIndex];
    }

    /** Evenly spaced values from..to inclusive. */
    public static double[] axis(double from, double to, int count) {
        if (count < 2 || !(to > from)) {
            throw new IllegalArgumentException("a grid axis needs from < to and at least 2 points, got " + from + ".."
                    + to + " with " + count);
        }
        double[] axis = new double[count];
        for (int i = 0; i < count; i++) {
            axis[i] = from + (to - from) * i / (count - 1);
        }
        return axis;
    }
}

package org.dynamicsworkbench.analysis.alrnn.regions;

import java.util.Arrays;

/**
 * Eigenvalues of a linear map, sorted by descending modulus, with the spectral radius; a discrete-time fixed
 * point or cycle is stable when the spectral radius is below 1. Immutable.
 */
public record Eigenvalues(double[] real, double[] imaginary) {

    public Eigenvalues {
        if (real.length != imaginary.length) {
            throw new IllegalArgumentException("real and imaginary parts differ in length");
        }
        real = real.clone();
        imaginary = imaginary.clone();
    }

    static Eigenvalues of(double[] matrix, int m) {
        double[][] e = RegionAlgebra.eigenvalues(matrix, m);
        return new Eigenvalues(e[0], e[1]);
    }

    @Override
    public double[] real() {
        return real.clone();
    }

    @Override
    public double[] imaginary() {
        return imaginary.clone();
    }

    public double spectralRadius() {
        double r = 0;
        for (int i = 0; i < real.length; i++) {
            r = Math.max(r, Math.hypot(real[i], imaginary[i]));
        }
        return r;
    }

    public boolean isStable() {
        return spectralRadius() < 1;
    }

    @Override
    public String toString() {
        return "Eigenvalues" + Arrays.toString(real) + " + i" + Arrays.toString(imaginary);
    }
}

package org.dynamicsworkbench.analysis.koopman;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Graded monomials of (x - origin) up to a total degree: 1, x0, x1, x0^2, x0 x1, x1^2, x0^3, ... (within a
 * degree, exponents of x0 descending), optionally without the constant or restricted to one degree range.
 */
public final class MonomialDictionary implements Dictionary {
    private final int dimension;
    private final int[] exponents;   // size x dimension
    private final int[] parent;      // term j = term parent[j] * (x_c - origin_c); -1: the constant 1
    private final int[] factor;      // that coordinate c; -1 for the constant term
    private final double[] origin;
    private final int maxDegree;

    private MonomialDictionary(int dimension, int minDegree, int maxDegree, double[] origin) {
        if (dimension < 1) {
            throw new IllegalArgumentException("state dimension must be at least 1, got " + dimension);
        }
        if (minDegree < 0 || maxDegree < minDegree) {
            throw new IllegalArgumentException("monomial degrees must satisfy 0 <= min <= max, got " + minDegree
                    + ".." + maxDegree);
        }
        if (minDegree > 1) {
            throw new IllegalArgumentException("monomials must start at degree 0 or 1, got " + minDegree);
        }
        if (origin.length != dimension) {
            throw new IllegalArgumentException("origin needs " + dimension + " coordinates, got " + origin.length);
        }
        List<int[]> terms = new ArrayList<>();
        for (int degree = minDegree; degree <= maxDegree; degree++) {
            addTerms(new int[dimension], 0, degree, terms);
        }
        this.dimension = dimension;
        this.maxDegree = maxDegree;
        this.origin = origin.clone();
        this.exponents = new int[terms.size() * dimension];
        for (int j = 0; j < terms.size(); j++) {
            System.arraycopy(terms.get(j), 0, exponents, j * dimension, dimension);
        }
        // Graded order lists every term after its parent (one degree lower), so evaluation is one
        // multiplication per term.
        this.parent = new int[terms.size()];
        this.factor = new int[terms.size()];
        for (int j = 0; j < terms.size(); j++) {
            int[] e = terms.get(j);
            int c = 0;
            while (c < dimension && e[c] == 0) {
                c++;
            }
            factor[j] = c == dimension ? -1 : c;
            parent[j] = -1;
            if (c < dimension) {
                int[] lower = e.clone();
                lower[c]--;
                for (int q = 0; q < j; q++) {
                    if (Arrays.equals(lower, terms.get(q))) {
                        parent[j] = q;
                        break;
                    }
                }
            }
        }
    }

    /** All monomials of total degree 0..degree in the raw coordinates. */
    public static MonomialDictionary upToDegree(int dimension, int degree) {
        return new MonomialDictionary(dimension, 0, degree, new double[dimension]);
    }

    /** Monomials of total degree 0..degree in x - origin. */
    public static MonomialDictionary upToDegree(double[] origin, int degree) {
        return new MonomialDictionary(origin.length, 0, degree, origin);
    }

    /** The coordinates themselves (degree 1 only, no constant). */
    public static MonomialDictionary linear(int dimension) {
        return new MonomialDictionary(dimension, 1, 1, new double[dimension]);
    }

    private static void addTerms(int[] current, int index, int remaining, List<int[]> out) {
        if (index == current.length - 1) {
            current[index] = remaining;
            out.add(current.clone());
            return;
        }
        for (int e = remaining; e >= 0; e--) {
            current[index] = e;
            addTerms(current, index + 1, remaining - e, out);
        }
    }

    @Override
    public int inputDimension() {
        return dimension;
    }

    @Override
    public int size() {
        return exponents.length / dimension;
    }

    /** The exponents of observable j. */
    public int[] exponents(int j) {
        return Arrays.copyOfRange(exponents, j * dimension, (j + 1) * dimension);
    }

    @Override
    public void evaluate(double[] state, int offset, double[] out, int outOffset) {
        int size = size();
        for (int j = 0; j < size; j++) {
            int c = factor[j];
            if (c < 0) {
                out[outOffset + j] = 1;
            } else {
                double x = state[offset + c] - origin[c];
                int p = parent[j];
                out[outOffset + j] = p < 0 ? x : out[outOffset + p] * x;
            }
        }
    }

    @Override
    public String name(int j) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < dimension; c++) {
            int e = exponents[j * dimension + c];
            if (e > 0) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append('x').append(c);
                if (e > 1) {
                    b.append('^').append(e);
                }
            }
        }
        return b.length() == 0 ? "1" : b.toString();
    }

    @Override
    public String toString() {
        return "monomials of degree <= " + maxDegree + " in " + dimension + " variables (" + size() + ")";
    }
}

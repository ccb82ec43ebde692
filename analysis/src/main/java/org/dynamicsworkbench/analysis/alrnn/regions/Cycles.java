package org.dynamicsworkbench.analysis.alrnn.regions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.SeededRandom;

/**
 * k-cycles of an AL-RNN for k = 2..K. For a region sequence (O_1..O_k) with {@code J_i = diag A + W D_i}, the
 * composition of the affine maps {@code z -> J_i z + h} is {@code z -> P z + c}; its fixed point
 * {@code z_1 = (I - P)^-1 c} and the images {@code z_{i+1} = J_i z_i + h} form a cycle when every {@code z_i}
 * lies in {@code O_i}. Only primitive sequences (not a repetition of a shorter block, which would be a
 * lower-order cycle) in their canonical rotation are kept, so lower-order and shifted duplicates never
 * appear. While {@code (2^P)^k} is at most {@code exhaustiveLimit} every sequence is tried (exact); beyond,
 * SCYFI-style iteration: start from random sequences, replace a virtual candidate's sequence by the regions
 * its points actually visit, restart after {@code inner} tries, stop after {@code outer} restarts without a
 * new cycle.
 */
public final class Cycles {
    private final AlRnn model;
    private final int m;
    private final int regionCount;

    public Cycles(AlRnn model) {
        this.model = model;
        this.m = model.shape().latent();
        this.regionCount = model.regionCount();
    }

    /** The candidate orbit of one region sequence. */
    public CycleCandidate candidate(int[] regions) {
        int k = regions.length;
        double[] h = model.h();
        double[][] jacobians = new double[k][m * m];
        double[] p = identity();
        double[] c = new double[m];
        double[] tmp = new double[m * m];
        double[] tmpV = new double[m];
        for (int i = 0; i < k; i++) {
            model.jacobian(regions[i], jacobians[i]);
            RegionAlgebra.multiply(jacobians[i], p, tmp, m);
            System.arraycopy(tmp, 0, p, 0, m * m);
            RegionAlgebra.affine(jacobians[i], c, h, tmpV, m);
            System.arraycopy(tmpV, 0, c, 0, m);
        }
        double[] z = RegionAlgebra.solveFixed(p, c, m);
        if (z == null) {
            return new CycleCandidate(regions.clone(), null, false, null, p);
        }
        double[] points = new double[k * m];
        int[] actual = new int[k];
        boolean consistent = true;
        System.arraycopy(z, 0, points, 0, m);
        for (int i = 0; i < k; i++) {
            actual[i] = model.region(points, i * m);
            consistent &= actual[i] == regions[i];
            if (i + 1 < k) {
                RegionAlgebra.affine(jacobians[i], Arrays.copyOfRange(points, i * m, (i + 1) * m), h, tmpV, m);
                System.arraycopy(tmpV, 0, points, (i + 1) * m, m);
            }
        }
        return new CycleCandidate(regions.clone(), points, consistent, actual, p);
    }

    /**
     * All cycles of orders 2..maxOrder found.
     *
     * @param exhaustiveLimit the most region sequences to enumerate for one order (e.g. 65536)
     * @param outer           SCYFI restarts without a new cycle before an order is given up
     * @param inner           SCYFI iterations per restart
     * @param seed            seed of the SCYFI random sequences
     */
    public List<Cycle> find(int maxOrder, long exhaustiveLimit, int outer, int inner, long seed) {
        List<Cycle> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SeededRandom random = new SeededRandom(seed);
        for (int k = 2; k <= maxOrder; k++) {
            double sequences = Math.pow(regionCount, k);
            if (sequences <= exhaustiveLimit) {
                int[] seq = new int[k];
                long total = (long) sequences;
                for (long code = 0; code < total; code++) {
                    long rest = code;
                    for (int i = k - 1; i >= 0; i--) {
                        seq[i] = (int) (rest % regionCount);
                        rest /= regionCount;
                    }
                    if (isPrimitive(seq) && Arrays.equals(seq, canonical(seq))) {
                        accept(candidate(seq), found, seen);
                    }
                }
            } else {
                iterate(k, outer, inner, random, found, seen);
            }
        }
        return List.copyOf(found);
    }

    private void iterate(int k, int outer, int inner, SeededRandom random, List<Cycle> found, Set<String> seen) {
        int[] seq = new int[k];
        for (int restart = 0; restart < outer; restart++) {
            for (int i = 0; i < k; i++) {
                seq[i] = random.nextInt(regionCount);
            }
            for (int tries = 0; tries < inner; tries++) {
                CycleCandidate c = candidate(seq);
                if (c.points() == null) {
                    break;
                }
                if (c.consistent()) {
                    if (accept(c, found, seen)) {
                        restart = -1;
                    }
                    break;
                }
                seq = c.actualRegions();
            }
        }
    }

    private boolean accept(CycleCandidate c, List<Cycle> found, Set<String> seen) {
        if (!c.consistent() || !isPrimitive(c.regions())) {
            return false;
        }
        int[] regions = c.regions();
        int shift = canonicalShift(regions);
        int k = regions.length;
        int[] canon = new int[k];
        double[] points = new double[k * m];
        for (int i = 0; i < k; i++) {
            int from = (i + shift) % k;
            canon[i] = regions[from];
            System.arraycopy(c.points(), from * m, points, i * m, m);
        }
        if (!seen.add(Arrays.toString(canon))) {
            return false;
        }
        found.add(new Cycle(canon, points, m, Eigenvalues.of(c.product(), m)));
        return true;
    }

    private double[] identity() {
        double[] id = new double[m * m];
        for (int i = 0; i < m; i++) {
            id[i * m + i] = 1;
        }
        return id;
    }

    /** Whether the sequence is not a repetition of a shorter block. */
    static boolean isPrimitive(int[] seq) {
        int k = seq.length;
        outer:
        for (int d = 1; d < k; d++) {
            if (k % d != 0) {
                continue;
            }
            for (int i = d; i < k; i++) {
                if (seq[i] != seq[i - d]) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** The rotation of {@code seq} that is lexicographically smallest. */
    static int[] canonical(int[] seq) {
        int shift = canonicalShift(seq);
        int[] out = new int[seq.length];
        for (int i = 0; i < seq.length; i++) {
            out[i] = seq[(i + shift) % seq.length];
        }
        return out;
    }

    private static int canonicalShift(int[] seq) {
        int k = seq.length;
        int best = 0;
        for (int s = 1; s < k; s++) {
            for (int i = 0; i < k; i++) {
                int a = seq[(s + i) % k];
                int b = seq[(best + i) % k];
                if (a != b) {
                    if (a < b) {
                        best = s;
                    }
                    break;
                }
            }
        }
        return best;
    }
}

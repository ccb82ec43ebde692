package org.dynamicsworkbench.analysis.learning.lazyrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KernelAlignmentTest {

    @Test
    void theIdealKernelOfTheTargetsHasAlignmentOne() {
        double[] y = {0.3, 2.0, -1.0, 0.7, 5.0};
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double[] kernel = new double[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                kernel[a * n + b] = (y[a] - mean) * (y[b] - mean) + 4.0; // a constant offset is removed by centring
            }
        }
        double[] centred = new double[n * n];
        KernelAlignment.centre(kernel, n, new double[n], centred);
        assertEquals(1.0, KernelAlignment.targetAlignment(centred, y, n), 1e-12);
    }

    @Test
    void centringSubtractsColumnMeans() {
        double[] kernel = {1, 2, 3, 5};
        double[] centred = new double[4];
        KernelAlignment.centre(kernel, 2, new double[2], centred);
        assertEquals(-1, centred[0], 0);
        assertEquals(-1.5, centred[1], 0);
        assertEquals(1, centred[2], 0);
        assertEquals(1.5, centred[3], 0);
    }

    @Test
    void cosineAndDistance() {
        double[] a = {1, 0, 0, 1};
        double[] b = {0, 1, 1, 0};
        double[] c = {2, 0, 0, 2};
        assertEquals(0.0, KernelAlignment.cosine(a, b, 2), 0);
        assertEquals(1.0, KernelAlignment.cosine(a, c, 2), 1e-15);
        assertEquals(2.0, KernelAlignment.distance(a, b, 2), 1e-15);
    }

    @Test
    void identityKernelIsOrthogonalToAnyCentredTarget() {
        // for K = I: K_c = I - 11^T/n, y_c^T K_c y_c = ||y_c||^2 and ||K_c||_F = sqrt(n - 1)
        double[] y = {1, 4, 2, 8};
        int n = 4;
        double[] kernel = new double[n * n];
        for (int a = 0; a < n; a++) {
            kernel[a * n + a] = 1;
        }
        double[] centred = new double[n * n];
        KernelAlignment.centre(kernel, n, new double[n], centred);
        assertEquals(1 / Math.sqrt(n - 1), KernelAlignment.targetAlignment(centred, y, n), 1e-14);
    }
}

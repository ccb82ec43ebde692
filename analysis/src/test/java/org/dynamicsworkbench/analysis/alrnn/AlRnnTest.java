package org.dynamicsworkbench.analysis.alrnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlRnnTest {

    @Test
    void tinyModelTrajectoryMatchesTheOracle() {
        double[] run = TinyModel.model().freeRunLatent(TinyModel.Z0, 6);
        double[][] expected = {{1, -1, 2}, {-0.2, 0.2, 2.0}, {-0.56, 0.68, 1.4}, {-0.464, 0.644, 0.836},
                {-0.254, 0.41, 0.5336}, {-0.10508, 0.19304, 0.46196}};
        for (int t = 0; t < expected.length; t++) {
            for (int i = 0; i < 3; i++) {
                assertEquals(expected[t][i], run[3 * t + i], 1e-12, "z" + t + "[" + i + "]");
            }
        }
    }

    @Test
    void piecewiseUnitsAreTheLastP() {
        AlRnnShape shape = new AlRnnShape(3, 1, 1);
        double[] w = new double[9];
        w[0 * 3 + 2] = 1.0;
        w[1 * 3 + 1] = 1.0;
        AlRnn model = AlRnn.of(shape, new double[3], w, new double[3], new double[] {0, 0});
        double[] out = new double[3];
        model.step(new double[] {0, -2, -3}, out);
        assertArrayEquals(new double[] {0, -2, 0}, out, 0, "unit 2 (ReLU) is clipped, unit 1 (linear) is not");
        model.step(new double[] {0, -2, 3}, out);
        assertArrayEquals(new double[] {3, -2, 0}, out, 0);
    }

    @Test
    void zeroPiecewiseUnitsIsLinear() {
        AlRnnShape shape = new AlRnnShape(2, 1, 0);
        AlRnn model = AlRnn.of(shape, new double[] {0.5, 0.5}, new double[] {0, 1, 1, 0}, new double[] {0, 0},
                new double[] {2});
        double[] out = new double[2];
        model.step(new double[] {-1, -3}, out);
        assertArrayEquals(new double[] {-3.5, -2.5}, out, 1e-15);
        assertEquals(1, model.regionCount());
    }

    @Test
    void initialStateAndObservedRunUseLAndTheIdentityReadout() {
        AlRnnShape shape = new AlRnnShape(4, 2, 1);
        AlRnn model = AlRnn.of(shape, new double[4], new double[16], new double[] {1, 2, 3, 4},
                new double[] {1, 2, 3, 4});
        double[] z = new double[4];
        model.initialState(new double[] {1, -1}, z);
        assertArrayEquals(new double[] {1, -1, -1, -1}, z, 0);
        double[] obs = model.freeRunObserved(new double[] {1, -1}, 2);
        assertArrayEquals(new double[] {1, -1, 1, 2}, obs, 0);
    }

    @Test
    void regionIndexHasTheFirstReluUnitAsBitZero() {
        AlRnnShape shape = new AlRnnShape(4, 1, 2);
        assertEquals(1, AlRnn.region(shape, new double[] {0, 0, 1, -1}, 0));
        assertEquals(2, AlRnn.region(shape, new double[] {0, 0, 0, 1}, 0), "exactly zero is inactive");
        assertEquals("10", AlRnn.pattern(1, 2));
        assertEquals("01", AlRnn.pattern(2, 2));
    }

    @Test
    void initialisationFollowsTheReferenceRanges() {
        AlRnnShape shape = new AlRnnShape(20, 3, 2);
        AlRnn model = AlRnn.initialize(shape, new SeededRandom(7));
        for (double a : model.a()) {
            assertTrue(a > 0 && a <= 1 + 1e-12, "A in (0, 1]: " + a);
        }
        double max = 0;
        for (double a : model.a()) {
            max = Math.max(max, a);
        }
        assertTrue(max > 0.3, "A is diag(K)/lambda_max with K = R^T R / M + I");
        for (double h : model.h()) {
            assertEquals(0, h);
        }
        double sumSq = 0;
        for (double w : model.w()) {
            sumSq += w * w;
        }
        assertEquals(0.01, Math.sqrt(sumSq / 400), 0.002, "W ~ 0.01 N(0,1)");
        double bound = Math.sqrt(6.0 / 20);
        for (double l : model.l()) {
            assertTrue(Math.abs(l) <= bound);
        }
        assertEquals(17 * 3, model.l().length);
        assertEquals(491, shape.parameterCount());
        assertArrayEquals(model.parameters(), AlRnn.initialize(shape, new SeededRandom(7)).parameters(), 0);
    }

    @Test
    void badShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AlRnnShape(3, 4, 1), "N > M");
        assertThrows(IllegalArgumentException.class, () -> new AlRnnShape(3, 2, 4), "P > M");
        assertThrows(IllegalArgumentException.class, () -> new AlRnn(new AlRnnShape(2, 1, 1), new double[3]));
    }

    @Test
    void jacobianOfARegion() {
        double[] j = new double[9];
        TinyModel.model().jacobian(0, j);
        assertArrayEquals(new double[] {0.5, 0.2, 0, 0.1, 0.5, 0, 0.3, -0.2, 0.5}, j, 1e-15);
    }

    @Test
    void randomStreamContinuesFromItsSavedState() {
        SeededRandom a = new SeededRandom(42);
        a.nextGaussian();
        SeededRandom b = new SeededRandom(a.state());
        assertEquals(a.nextLong(), b.nextLong());
        int[] counts = new int[3];
        for (int i = 0; i < 3000; i++) {
            counts[a.nextInt(3)]++;
        }
        for (int c : counts) {
            assertTrue(c > 900 && c < 1100, "uniform nextInt: " + c);
        }
    }
}

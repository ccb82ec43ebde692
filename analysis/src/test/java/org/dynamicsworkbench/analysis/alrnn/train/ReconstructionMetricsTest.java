package org.dynamicsworkbench.analysis.alrnn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;
import org.dynamicsworkbench.analysis.alrnn.TinyModel;
import org.junit.jupiter.api.Test;

/**
 * The evaluation protocol: free run from the truth's first row, {@value ReconstructionMetrics#TRANSIENT} steps
 * dropped, {@code min(T, length)} rows compared with the held-out series when there is one.
 */
class ReconstructionMetricsTest {
    private static final int PERIOD = 100;

    /**
     * A circle of {@code radius} sampled {@code PERIOD} times per turn, {@code rows} rows from phase 0.3 (no sample
     * on the middle bin edge x = 0, where rounding would pick the bin).
     */
    private static double[] circle(double radius, int rows) {
        double[] x = new double[2 * rows];
        for (int t = 0; t < rows; t++) {
            x[2 * t] = radius * Math.cos(0.3 + 2 * Math.PI * t / PERIOD);
            x[2 * t + 1] = radius * Math.sin(0.3 + 2 * Math.PI * t / PERIOD);
        }
        return x;
    }

    /** The linear (P = 0) AL-RNN that rotates the plane by one sample of {@link #circle}. */
    private static AlRnn rotation() {
        double c = Math.cos(2 * Math.PI / PERIOD);
        double s = Math.sin(2 * Math.PI / PERIOD);
        return AlRnn.of(new AlRnnShape(2, 2, 0), new double[] {c, c}, new double[] {0, -s, s, 0}, new double[2],
                new double[0]);
    }

    @Test
    void theComparedRunStartsAtTheTruthsFirstRowAndSkipsTheTransient() {
        double[] train = new double[60 * 3];
        double[] test = new double[40 * 3];
        for (int i = 0; i < train.length; i++) {
            train[i] = Math.sin(0.37 * i) + 0.01 * i;
        }
        for (int i = 0; i < test.length; i++) {
            test[i] = Math.cos(0.21 * i);
        }
        TrainingData data = TrainingData.ofStandardized(3, train).withHeldOut("test", test);
        AlRnn model = TinyModel.model();
        double[] z = {test[0], test[1], test[2]};
        double[] next = new double[3];
        for (int t = 0; t < ReconstructionMetrics.TRANSIENT; t++) {
            model.step(z, next);
            System.arraycopy(next, 0, z, 0, 3);
        }
        double[] expected = new double[25 * 3];
        for (int t = 0; t < 25; t++) {
            System.arraycopy(z, 0, expected, 3 * t, 3);
            model.step(z, next);
            System.arraycopy(next, 0, z, 0, 3);
        }
        assertArrayEquals(expected, ReconstructionMetrics.evaluationRun(model, data, 25), 1e-12);
        // never longer than the truth
        assertEquals(40 * 3, ReconstructionMetrics.evaluationRun(model, data, 10_000).length);
    }

    @Test
    void aModelThatReproducesTheHeldOutSeriesScoresZero() {
        TrainingData data = TrainingData.ofStandardized(2, circle(0.5, 5000)).withHeldOut("test", circle(1, 20_000));
        ModelEvaluation e = ReconstructionMetrics.evaluate(rotation(), data, 10_000);
        // 1000 transient steps are ten whole turns: the run is the truth's first 10000 rows again
        assertEquals(0, e.stateSpaceDivergence(), 1e-6);
        assertEquals(0, e.hellingerDistance(), 1e-6);
        assertEquals(0, e.predictionError(), 1e-20);
        // the data-vs-data baseline compares the (radius 0.5) training rows with the (radius 1) test series
        assertTrue(ReconstructionMetrics.dataBaseline(data, 10_000).stateSpaceDivergence() > 5);
    }

    @Test
    void withoutAHeldOutSeriesTheTrainingSeriesIsTheTruth() {
        TrainingData data = TrainingData.ofStandardized(2, circle(1, 20_000));
        assertEquals(0, ReconstructionMetrics.evaluate(rotation(), data, 10_000).stateSpaceDivergence(), 1e-6);
        assertEquals(0, ReconstructionMetrics.dataBaseline(data, 10_000).stateSpaceDivergence(), 1e-6);
    }
}

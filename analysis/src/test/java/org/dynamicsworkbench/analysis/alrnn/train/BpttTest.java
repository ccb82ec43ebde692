package org.dynamicsworkbench.analysis.alrnn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;
import org.dynamicsworkbench.analysis.alrnn.SeededRandom;
import org.junit.jupiter.api.Test;

/** The explicit BPTT gradient against central finite differences, for every parameter group. */
class BpttTest {
    private static final AlRnnShape SHAPE = new AlRnnShape(6, 2, 3);
    private static final int BATCH = 3;
    private static final int SEQ = 12;

    @Test
    void sparseTeacherForcingGradientMatchesFiniteDifferences() {
        check(Forcing.sparse(4, SHAPE.observed()));
    }

    @Test
    void generalizedTeacherForcingGradientMatchesFiniteDifferences() {
        check(Forcing.generalized(0.3, SHAPE.observed()));
    }

    @Test
    void fullGeneralizedForcingGradientMatchesFiniteDifferences() {
        check(Forcing.generalized(0.6, SHAPE.latent()));
    }

    @Test
    void sparseForcingEveryStepPassesNoGradientThroughObservedUnits() {
        SeededRandom random = new SeededRandom(3);
        double[] theta = model(random);
        double[] x = windows(random);
        Bptt bptt = new Bptt(SHAPE, BATCH, SEQ);
        double[] every = new double[theta.length];
        double[] identity = new double[theta.length];
        double l1 = bptt.lossAndGradient(theta, x, Forcing.sparse(1, SHAPE.observed()), every);
        double l2 = bptt.lossAndGradient(theta, x, Forcing.generalized(1.0, SHAPE.observed()), identity);
        assertEquals(l1, l2, 1e-14, "tau = 1 is GTF with alpha = 1");
        for (int i = 0; i < theta.length; i++) {
            assertEquals(every[i], identity[i], 1e-14);
        }
    }

    private static double[] model(SeededRandom random) {
        double[] theta = AlRnn.initialize(SHAPE, random).parameters();
        for (int i = SHAPE.offsetW(); i < SHAPE.offsetL(); i++) {
            theta[i] += 0.3 * random.nextGaussian();
        }
        return theta;
    }

    private static double[] windows(SeededRandom random) {
        double[] x = new double[BATCH * (SEQ + 1) * SHAPE.observed()];
        random.addGaussian(x, 0, x.length, 1.0);
        return x;
    }

    private static void check(Forcing forcing) {
        SeededRandom random = new SeededRandom(11);
        double[] theta = model(random);
        double[] x = windows(random);
        Bptt bptt = new Bptt(SHAPE, BATCH, SEQ);
        double[] grad = new double[theta.length];
        bptt.lossAndGradient(theta, x, forcing, grad);
        String[] groups = {"A", "W", "h", "L"};
        int[] bounds = {SHAPE.offsetA(), SHAPE.offsetW(), SHAPE.offsetH(), SHAPE.offsetL(), SHAPE.parameterCount()};
        double step = 1e-6;
        for (int g = 0; g < groups.length; g++) {
            double num = 0;
            double den = 0;
            for (int i = bounds[g]; i < bounds[g + 1]; i++) {
                double keep = theta[i];
                theta[i] = keep + step;
                double up = bptt.loss(theta, x, forcing);
                theta[i] = keep - step;
                double down = bptt.loss(theta, x, forcing);
                theta[i] = keep;
                double fd = (up - down) / (2 * step);
                num += (fd - grad[i]) * (fd - grad[i]);
                den += fd * fd;
            }
            double relative = Math.sqrt(num / den);
            assertTrue(den > 0, groups[g] + " has a non-zero gradient");
            assertTrue(relative < 1e-6, groups[g] + ": relative error " + relative + " (" + forcing + ")");
        }
    }
}

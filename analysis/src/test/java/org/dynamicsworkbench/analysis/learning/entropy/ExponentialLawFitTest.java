package org.dynamicsworkbench.analysis.learning.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.junit.jupiter.api.Test;

class ExponentialLawFitTest {

    @Test
    void recoversExactCoefficients() {
        double[] h = {1.1, 0.9, 0.7, 0.5, 0.3, Double.NaN};
        double[] r = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            r[i] = -0.09 * Math.exp(h[i]) + 0.75;
        }
        ExponentialLawFit fit = ExponentialLawFit.fit(h, r);
        assertEquals(0.09, fit.a(), 1e-12);
        assertEquals(0.75, fit.b(), 1e-12);
        assertEquals(0.66, fit.ceiling(), 1e-12);
        assertEquals(0, fit.rmse(), 1e-12);
        assertEquals(5, fit.points());
        assertEquals(-0.09 * Math.exp(0.2) + 0.75, fit.predict(0.2), 1e-12);
    }

    @Test
    void rmseOfAKnownResidual() {
        // residuals +0.01, -0.01 around R = -e^H + 2 at two points: least squares cannot remove an alternating
        // residual orthogonal to [-e^H, 1]; with three points (H = 0, ln 2, ln 3) and residuals (+e, -2e, +e)
        double e = 0.01;
        double[] h = {0, Math.log(2), Math.log(3)};
        double[] r = {-1 + 2 + e, -2 + 2 - 2 * e, -3 + 2 + e};
        ExponentialLawFit fit = ExponentialLawFit.fit(h, r);
        assertEquals(1, fit.a(), 1e-12);
        assertEquals(2, fit.b(), 1e-12);
        assertEquals(Math.sqrt(6 * e * e / 3), fit.rmse(), 1e-12);
        assertEquals(e, fit.rmseOn(new double[] {0}, new double[] {1 + e}), 1e-12);
    }

    @Test
    void constantEntropyCannotBeFitted() {
        assertThrows(IllegalArgumentException.class,
                () -> ExponentialLawFit.fit(new double[] {0.5, 0.5}, new double[] {0.1, 0.2}));
        assertThrows(IllegalArgumentException.class, () -> ExponentialLawFit.fit(new double[] {0.5}, new double[] {1}));
    }

    @Test
    void summaryOfAnEmptyHistoryIsNull() {
        ObjectNode s = new EntropyCollapseKind().summarize(EntropyConfig.defaults(EntropyMode.VANILLA),
                RunHistory.empty());
        assertTrue(s.get("ceiling").isNull());
        assertTrue(s.get("early_fit").isNull());
        assertEquals("entropy_train", s.get("fit_entropy").asText());
    }

    @Test
    void summaryFitsAndExtrapolatesFromTheFirstEighth() {
        RunHistory.Builder b = new RunHistory.Builder();
        for (int s = 0; s <= 80; s++) {
            double h = 1.2 * Math.exp(-s / 20.0);
            b.add(s, "entropy_train", h);
            b.add(s, "reward_expected", -0.1 * Math.exp(h) + 0.8);
            b.add(s, "token_cov", s % 4 == 0 ? -1 : 1);
        }
        ObjectNode s = new EntropyCollapseKind().summarize(EntropyConfig.defaults(EntropyMode.VANILLA), b.build());
        assertEquals(0.7, s.get("ceiling").doubleValue(), 1e-9);
        assertEquals(10, s.get("early_fit").get("steps").asLong());
        assertEquals(0.7, s.get("early_fit").get("ceiling").doubleValue(), 1e-9);
        assertEquals(0, s.get("early_fit").get("extrapolation_rmse").doubleValue(), 1e-9);
        assertEquals(60 / 81.0, s.get("cov_positive_fraction").doubleValue(), 1e-12);
    }
}

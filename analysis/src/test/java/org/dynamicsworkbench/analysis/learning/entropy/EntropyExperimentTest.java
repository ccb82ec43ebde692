package org.dynamicsworkbench.analysis.learning.entropy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.junit.jupiter.api.Test;

class EntropyExperimentTest {
    private static final EntropyCollapseKind KIND = new EntropyCollapseKind();

    static RunHistory run(EntropyConfig config, int steps) {
        Experiment e = KIND.create(config);
        RunHistory.Builder b = new RunHistory.Builder();
        e.cheapScalars((name, v) -> b.add(0, name, v));
        for (int s = 1; s <= steps; s++) {
            e.advance();
            long step = e.step();
            e.cheapScalars((name, v) -> b.add(step, name, v));
        }
        return b.build();
    }

    @Test
    void vanillaCollapsesEntropyWhileRewardRisesAlongTheExponentialLaw() {
        EntropyConfig config = EntropyConfig.defaults(EntropyMode.VANILLA);
        RunHistory h = run(config, 1500);
        ObjectNode s = KIND.summarize(config, h);
        double h0 = s.get("entropy_start").doubleValue();
        double h1 = s.get("entropy_end").doubleValue();
        assertTrue(h0 > 0.8 && h0 < 1.5, "initial entropy near the spec's 1.1 nats: " + h0);
        assertTrue(h1 <= 0.5 * h0, "lost at least half the entropy: " + h0 + " -> " + h1);
        assertTrue(s.get("reward_end").doubleValue() > s.get("reward_start").doubleValue() + 0.1, s.toString());
        assertTrue(s.get("rmse").doubleValue() < 0.02, "exponential-law RMSE " + s.get("rmse"));
        assertTrue(s.get("a").doubleValue() > 0, "R rises as H falls: a = " + s.get("a"));
        assertTrue(s.get("cov_positive_fraction").doubleValue() > 0.9, s.toString());
    }

    @Test
    void clipCovKeepsMoreEntropyThanVanillaOnTheSameSeed() {
        RunHistory vanilla = run(EntropyConfig.defaults(EntropyMode.VANILLA), 1500);
        RunHistory clipCov = run(EntropyConfig.defaults(EntropyMode.CLIP_COV), 1500);
        double hv = last(vanilla, "entropy_train");
        double hc = last(clipCov, "entropy_train");
        assertTrue(hc > hv * 1.15, "clip-cov " + hc + " vs vanilla " + hv);
        assertTrue(last(clipCov, "n_intervened") > 0);
        assertEquals(0.0, last(vanilla, "n_intervened"));
    }

    @Test
    void covarianceLemmaPredictsTheMeasuredEntropyChange() {
        RunHistory h = run(EntropyConfig.defaults(EntropyMode.VANILLA), 400);
        double[] p = h.series("dh_predicted").values();
        double[] m = h.series("dh_measured").values();
        double r = pearson(java.util.Arrays.copyOfRange(p, 1, p.length), java.util.Arrays.copyOfRange(m, 1, m.length));
        assertTrue(r > 0.9, "Pearson " + r);
    }

    @Test
    void restoredRunContinuesBitForBit() {
        for (EntropyMode mode : EntropyMode.values()) {
            EntropyConfig config = EntropyConfig.defaults(mode).withSeed(3);
            Experiment a = KIND.create(config);
            for (int i = 0; i < 20; i++) {
                a.advance();
            }
            Checkpoint c = a.checkpoint();
            Experiment b = KIND.restore(KIND.parseConfig(config.toJson()), c);
            assertArrayEquals(scalars(a), scalars(b), mode.label());
            for (int i = 0; i < 15; i++) {
                a.advance();
                b.advance();
                assertArrayEquals(scalars(a), scalars(b), mode.label() + " step " + a.step());
            }
            assertEquals(a.checkpoint().tensors(), b.checkpoint().tensors());
            assertArrayEquals(a.checkpoint().integers("rollout_random"), b.checkpoint().integers("rollout_random"));
        }
    }

    static double[] scalars(Experiment e) {
        List<Double> out = new ArrayList<>();
        e.cheapScalars((n, v) -> out.add(v));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double last(RunHistory h, String name) {
        double[] v = h.series(name).values();
        return v[v.length - 1];
    }

    static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}

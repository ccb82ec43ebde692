package org.dynamicsworkbench.analysis.learning.entropy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;

/**
 * The {@code entropy} experiment kind: entropy collapse of GRPO on a contextual bandit with Clip-Cov / KL-Cov
 * interventions (Cui et al. 2025). Its summary fits {@code R = -a e^H + b} with H = {@code entropy_train} (mean
 * policy entropy on the training prompts, as in the spec) and R = {@code reward_expected} (held-out expected
 * accuracy).
 */
public final class EntropyCollapseKind implements ExperimentKind<EntropyConfig> {
    /** The entropy series the law is fitted on. */
    public static final String FIT_ENTROPY = "entropy_train";
    /** The reward series the law is fitted on. */
    public static final String FIT_REWARD = "reward_expected";

    @Override
    public String name() {
        return "entropy";
    }

    @Override
    public String description() {
        return "contextual bandit, linear softmax policy, GRPO with Clip-Cov / KL-Cov (entropy collapse)";
    }

    @Override
    public EntropyConfig parseConfig(JsonNode json) {
        return EntropyConfig.parse(json);
    }

    @Override
    public RunPlan defaultPlan(EntropyConfig config) {
        return new RunPlan(1500, 1, 10, new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 60, 1));
    }

    @Override
    public Experiment create(EntropyConfig config) {
        return EntropyExperiment.create(config);
    }

    @Override
    public Experiment restore(EntropyConfig config, Checkpoint checkpoint) {
        return EntropyExperiment.restore(config, checkpoint);
    }

    /**
     * {@code fit_entropy} (the series used), {@code a}, {@code b}, {@code ceiling}, {@code rmse} over all logged
     * steps; {@code early_fit} {a, b, ceiling, rmse, steps, extrapolation_rmse}: the fit on the steps up to one
     * eighth of the run, extrapolated to the remaining steps; {@code cov_positive_fraction} (steps with
     * token_cov &gt; 0 among those with a batch); {@code entropy_start/end}, {@code reward_start/end},
     * {@code reward_greedy_end}, {@code entropy_drop_fraction}. Values that cannot be computed are null.
     */
    @Override
    public ObjectNode summarize(EntropyConfig config, RunHistory history) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("fit_entropy", FIT_ENTROPY);
        if (!history.has(FIT_ENTROPY) || !history.has(FIT_REWARD)) {
            for (String k : new String[] {"a", "b", "ceiling", "rmse", "early_fit", "cov_positive_fraction",
                "entropy_start", "entropy_end", "reward_start", "reward_end", "reward_greedy_end",
                "entropy_drop_fraction"}) {
                out.putNull(k);
            }
            return out;
        }
        MetricSeries h = history.series(FIT_ENTROPY);
        MetricSeries r = history.series(FIT_REWARD);
        double[] hv = new double[h.size()];
        double[] rv = new double[h.size()];
        for (int i = 0; i < h.size(); i++) {
            hv[i] = h.value(i);
            rv[i] = r.valueAt(h.step(i));
        }
        putFit(out, hv, rv);
        ObjectNode early = out.putObject("early_fit");
        long lastStep = h.size() == 0 ? 0 : h.step(h.size() - 1);
        int cut = 0;
        while (cut < h.size() && h.step(cut) <= lastStep / 8) {
            cut++;
        }
        early.put("steps", lastStep / 8);
        ExponentialLawFit earlyFit = putFit(early, Arrays.copyOf(hv, cut), Arrays.copyOf(rv, cut));
        putNumber(early, "extrapolation_rmse", earlyFit == null || cut >= hv.length ? Double.NaN
                : earlyFit.rmseOn(Arrays.copyOfRange(hv, cut, hv.length), Arrays.copyOfRange(rv, cut, rv.length)));
        if (history.has("token_cov")) {
            double[] c = history.series("token_cov").values();
            int finite = 0;
            int positive = 0;
            for (double v : c) {
                if (Double.isFinite(v)) {
                    finite++;
                    positive += v > 0 ? 1 : 0;
                }
            }
            putNumber(out, "cov_positive_fraction", finite == 0 ? Double.NaN : positive / (double) finite);
        } else {
            out.putNull("cov_positive_fraction");
        }
        double h0 = hv.length == 0 ? Double.NaN : hv[0];
        double h1 = hv.length == 0 ? Double.NaN : hv[hv.length - 1];
        putNumber(out, "entropy_start", h0);
        putNumber(out, "entropy_end", h1);
        putNumber(out, "reward_start", rv.length == 0 ? Double.NaN : rv[0]);
        putNumber(out, "reward_end", rv.length == 0 ? Double.NaN : rv[rv.length - 1]);
        putNumber(out, "reward_greedy_end", history.has("reward_greedy")
                ? lastValue(history.series("reward_greedy")) : Double.NaN);
        putNumber(out, "entropy_drop_fraction", h0 > 0 ? (h0 - h1) / h0 : Double.NaN);
        return out;
    }

    private static double lastValue(MetricSeries s) {
        return s.size() == 0 ? Double.NaN : s.value(s.size() - 1);
    }

    /** Writes a, b, ceiling and rmse (null when the points cannot be fitted); returns the fit or null. */
    private static ExponentialLawFit putFit(ObjectNode out, double[] h, double[] r) {
        ExponentialLawFit fit;
        try {
            fit = ExponentialLawFit.fit(h, r);
        } catch (IllegalArgumentException e) {
            out.putNull("a");
            out.putNull("b");
            out.putNull("ceiling");
            out.putNull("rmse");
            return null;
        }
        out.put("a", fit.a());
        out.put("b", fit.b());
        out.put("ceiling", fit.ceiling());
        out.put("rmse", fit.rmse());
        return fit;
    }

    private static void putNumber(ObjectNode out, String name, double value) {
        if (Double.isFinite(value)) {
            out.put(name, value);
        } else {
            out.putNull(name);
        }
    }
}

package org.dynamicsworkbench.analysis.learning.lazyrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;

/**
 * The {@code lazy-rich} experiment kind: Kumar et al.'s polynomial regression, where a large output scale alpha
 * delays feature learning (the test loss first rises while a kernel fit grows the linear part, then falls late).
 * Default plan: 20000 steps, cheap scalars every 10, full every 100, 60 log-spaced checkpoints from step 10.
 */
public final class LazyRichKind implements ExperimentKind<LazyRichConfig> {
    public static final String NAME = "lazy-rich";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "polynomial regression with output scale alpha, lazy to rich (Kumar et al. 2024)";
    }

    @Override
    public LazyRichConfig parseConfig(JsonNode json) {
        return LazyRichConfig.parse(json);
    }

    @Override
    public RunPlan defaultPlan(LazyRichConfig config) {
        return new RunPlan(20_000, 10, 100, new CheckpointSchedule(CheckpointSchedule.Spacing.LOG, 60, 10));
    }

    @Override
    public Experiment create(LazyRichConfig config) {
        return LazyRichExperiment.create(config);
    }

    @Override
    public Experiment restore(LazyRichConfig config, Checkpoint checkpoint) {
        return LazyRichExperiment.restore(config, checkpoint);
    }

    /**
     * {@code train_half_step} and {@code test_half_step} (first logged step at which the loss is at most half its
     * first logged value), {@code delay_ratio} (test over train half step, the "grokking delay"),
     * {@code initial_test_loss}, {@code peak_test_loss} and {@code peak_test_step} (the early rise: the peak is
     * the initial value when the test loss never rises), {@code final_train_loss}, {@code final_test_loss} and
     * {@code final_m_alignment}. Unreached or unlogged values are null.
     */
    @Override
    public ObjectNode summarize(LazyRichConfig config, RunHistory history) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        MetricSeries train = history.has("train_loss") ? history.series("train_loss") : null;
        MetricSeries test = history.has("test_loss") ? history.series("test_loss") : null;
        long trainHalf = halvingStep(train);
        long testHalf = halvingStep(test);
        putStep(o, "train_half_step", trainHalf);
        putStep(o, "test_half_step", testHalf);
        if (trainHalf > 0 && testHalf >= 0) {
            o.put("delay_ratio", testHalf / (double) trainHalf);
        } else {
            o.putNull("delay_ratio");
        }
        if (test != null && test.size() > 0) {
            int peak = 0;
            for (int i = 1; i < test.size(); i++) {
                if (test.value(i) > test.value(peak)) {
                    peak = i;
                }
            }
            putValue(o, "initial_test_loss", test.value(0));
            putValue(o, "peak_test_loss", test.value(peak));
            o.put("peak_test_step", test.step(peak));
        } else {
            o.putNull("initial_test_loss");
            o.putNull("peak_test_loss");
            o.putNull("peak_test_step");
        }
        putLast(o, "final_train_loss", train);
        putLast(o, "final_test_loss", test);
        putLast(o, "final_m_alignment", history.has("m_alignment") ? history.series("m_alignment") : null);
        return o;
    }

    /** The first step whose value is at most half the first value, or -1 (never, or no finite first value). */
    static long halvingStep(MetricSeries series) {
        if (series == null || series.size() == 0 || !Double.isFinite(series.value(0))) {
            return -1;
        }
        double half = series.value(0) / 2;
        for (int i = 1; i < series.size(); i++) {
            if (series.value(i) <= half) {
                return series.step(i);
            }
        }
        return -1;
    }

    private static void putStep(ObjectNode o, String name, long step) {
        if (step >= 0) {
            o.put(name, step);
        } else {
            o.putNull(name);
        }
    }

    private static void putValue(ObjectNode o, String name, double value) {
        if (Double.isFinite(value)) {
            o.put(name, value);
        } else {
            o.putNull(name);
        }
    }

    private static void putLast(ObjectNode o, String name, MetricSeries series) {
        if (series == null || series.size() == 0) {
            o.putNull(name);
        } else {
            putValue(o, name, series.value(series.size() - 1));
        }
    }
}

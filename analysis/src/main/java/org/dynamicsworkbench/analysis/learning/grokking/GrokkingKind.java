package org.dynamicsworkbench.analysis.learning.grokking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalLong;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;

/** The {@code grokking} experiment kind: modular addition with a quadratic MLP, MSE and AdamW. */
public final class GrokkingKind implements ExperimentKind<GrokkingConfig> {
    public static final String NAME = "grokking";
    /** Cheap scalars every 25 steps, full every 250, 60 sqrt-spaced checkpoints from step 25. */
    public static final int CHEAP_EVERY = 25;
    public static final int FULL_EVERY = 250;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "modular addition, quadratic MLP, MSE, AdamW (grokking)";
    }

    /** primary (the default), fast, large and no-wd, seed 0. */
    @Override
    public java.util.Map<String, GrokkingConfig> presets() {
        java.util.Map<String, GrokkingConfig> out = new java.util.LinkedHashMap<>();
        for (GrokkingPreset preset : GrokkingPreset.values()) {
            out.put(preset.label(), preset.config(0));
        }
        return out;
    }

    @Override
    public GrokkingConfig parseConfig(JsonNode json) {
        return GrokkingConfig.fromJson(json);
    }

    /** The matching preset's step count (primary's 5000 for configurations that match no preset). */
    @Override
    public RunPlan defaultPlan(GrokkingConfig config) {
        GrokkingPreset preset = GrokkingPreset.matching(config);
        long steps = preset == null ? GrokkingPreset.PRIMARY.steps() : preset.steps();
        return new RunPlan(steps, CHEAP_EVERY, FULL_EVERY,
                new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 60, 25));
    }

    @Override
    public Experiment create(GrokkingConfig config) {
        return GrokkingExperiment.create(config);
    }

    @Override
    public Experiment restore(GrokkingConfig config, Checkpoint checkpoint) {
        return GrokkingExperiment.restore(config, checkpoint);
    }

    /**
     * t_mem, t_gen (first logged step with train / test accuracy &gt;= 0.99), and the last logged train/test
     * loss and accuracy and weight norm; null when not reached or not logged.
     */
    @Override
    public ObjectNode summarize(GrokkingConfig config, RunHistory history) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        GrokkingMilestones milestones = GrokkingMilestones.of(history);
        putStep(o, "t_mem", milestones.tMem());
        putStep(o, "t_gen", milestones.tGen());
        putLast(o, "final_train_loss", history, "train_loss");
        putLast(o, "final_test_loss", history, "test_loss");
        putLast(o, "final_train_acc", history, "train_acc");
        putLast(o, "final_test_acc", history, "test_acc");
        putLast(o, "final_weight_norm_sq", history, "weight_norm_sq");
        return o;
    }

    private static void putStep(ObjectNode o, String field, OptionalLong step) {
        if (step.isPresent()) {
            o.put(field, step.getAsLong());
        } else {
            o.putNull(field);
        }
    }

    private static void putLast(ObjectNode o, String field, RunHistory history, String metric) {
        if (!history.has(metric) || history.series(metric).size() == 0) {
            o.putNull(field);
            return;
        }
        var series = history.series(metric);
        double value = series.value(series.size() - 1);
        if (Double.isFinite(value)) {
            o.put(field, value);
        } else {
            o.putNull(field);
        }
    }
}

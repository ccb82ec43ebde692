package org.dynamicsworkbench.analysis.learning.concepts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;

/**
 * The {@code concepts} experiment kind: concept-space trajectories of a small conditional DDPM on the 2x2 vector
 * concept task with a held-out corner (Park et al. 2024, the spec's analogue (A)).
 */
public final class ConceptSpaceKind implements ExperimentKind<ConceptConfig> {

    @Override
    public String name() {
        return "concepts";
    }

    @Override
    public String description() {
        return "2x2 vector concept task, conditional DDPM with an MLP denoiser (concept-space trajectories)";
    }

    @Override
    public ConceptConfig parseConfig(JsonNode json) {
        return ConceptConfig.parse(json);
    }

    /** 2000 steps, loss and concept coordinates every 50 steps, 40 sqrt-spaced checkpoints from step 50. */
    @Override
    public RunPlan defaultPlan(ConceptConfig config) {
        return new RunPlan(2000, 50, 50, new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 40, 50));
    }

    @Override
    public Experiment create(ConceptConfig config) {
        return ConceptExperiment.create(config);
    }

    @Override
    public Experiment restore(ConceptConfig config, Checkpoint checkpoint) {
        return ConceptExperiment.restore(config, checkpoint);
    }

    /**
     * For the held-out class (3), from its trajectory smoothed along the evaluations (sigma 2, truncate 6):
     * {@code learning_time_1}, {@code learning_time_2} (first step above 0.9 for 3 consecutive evaluations of the
     * trajectory smoothed with sigma 1.5, as Park et al. read learning times),
     * {@code turn_step} (largest turning angle); {@code final_1}, {@code final_2} and {@code final_overprompt_1},
     * {@code final_overprompt_2} (raw last coordinates); {@code overprompt_step} (the first evaluation after step 0)
     * with {@code overprompt_advantage_1}, {@code overprompt_advantage_2} (over-prompted minus plain coordinate
     * there). Unreached values are null.
     */
    @Override
    public ObjectNode summarize(ConceptConfig config, RunHistory history) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        String[] keys = {"learning_time_1", "learning_time_2", "turn_step", "final_1", "final_2", "final_overprompt_1",
            "final_overprompt_2", "overprompt_step", "overprompt_advantage_1", "overprompt_advantage_2"};
        for (String k : keys) {
            out.putNull(k);
        }
        if (!history.has("concept_3_1") || !history.has("concept_3_2")) {
            return out;
        }
        ConceptTrajectory raw = ConceptTrajectory.of(history, "concept_3");
        if (raw.size() == 0) {
            return out;
        }
        ConceptTrajectory smooth = raw.smoothed(GaussianSmoothing.DEFAULT_SIGMA, GaussianSmoothing.DEFAULT_TRUNCATE);
        ConceptTrajectory forTimes = raw.smoothed(GaussianSmoothing.LEARNING_TIME_SIGMA,
                GaussianSmoothing.DEFAULT_TRUNCATE);
        putStep(out, "learning_time_1", forTimes.learningTime(1));
        putStep(out, "learning_time_2", forTimes.learningTime(2));
        putStep(out, "turn_step", smooth.turnStep(ConceptTrajectory.MIN_SEGMENT));
        int last = raw.size() - 1;
        out.put("final_1", raw.concept1()[last]);
        out.put("final_2", raw.concept2()[last]);
        if (history.has("overprompt_3_1") && history.has("overprompt_3_2")) {
            ConceptTrajectory over = ConceptTrajectory.of(history, "overprompt_3");
            if (over.size() > 0) {
                out.put("final_overprompt_1", over.concept1()[over.size() - 1]);
                out.put("final_overprompt_2", over.concept2()[over.size() - 1]);
                long[] steps = raw.steps();
                for (int i = 0; i < steps.length; i++) {
                    int j = java.util.Arrays.binarySearch(over.steps(), steps[i]);
                    if (steps[i] > 0 && j >= 0) {
                        out.put("overprompt_step", steps[i]);
                        out.put("overprompt_advantage_1", over.concept1()[j] - raw.concept1()[i]);
                        out.put("overprompt_advantage_2", over.concept2()[j] - raw.concept2()[i]);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static void putStep(ObjectNode out, String name, long step) {
        if (step >= 0) {
            out.put(name, step);
        } else {
            out.putNull(name);
        }
    }
}

package org.dynamicsworkbench.plugins.concepts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.concepts.ConceptConfig;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunManifest;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;

/**
 * Writes a small finished concept run through the real run-folder format, without training: coordinates every 50
 * steps to 1000. The train classes sit at their corners; the held-out class has concept 1 at 0 before step
 * {@code t1} and 1 from it, concept 2 at 0 before {@code t2} and 1 from it; the over-prompted one learns concept 2
 * 200 steps earlier than the naive prompt.
 */
final class ConceptRunFixture {
    static final long LAST = 1000;
    static final long EVERY = 50;

    private ConceptRunFixture() {
    }

    static Path write(Path dir, long seed, double sep2, long t1, long t2) throws IOException {
        ObjectNode config = ConceptConfig.defaults().withSeed(seed).toJson();
        config.put("sep2", sep2);
        RunPlan plan = new RunPlan(LAST, (int) EVERY, (int) EVERY, new CheckpointSchedule(
                CheckpointSchedule.Spacing.SQRT, 2, EVERY));
        ExperimentRun run = ExperimentRun.create(dir, new RunManifest("concepts", config, plan, "java",
                RunStatus.FINISHED, ""));
        for (long step = 0; step <= LAST; step += EVERY) {
            Map<String, Double> s = new LinkedHashMap<>();
            s.put("loss", 1.0 / (1 + step));
            for (int k = 0; k < 3; k++) {
                s.put("concept_" + k + "_1", (double) (k >> 1));
                s.put("concept_" + k + "_2", (double) (k & 1));
            }
            s.put("concept_3_1", step >= t1 ? 1.0 : 0.0);
            s.put("concept_3_2", step >= t2 ? 1.0 : 0.0);
            s.put("overprompt_3_1", step >= t1 ? 1.0 : 0.0);
            s.put("overprompt_3_2", step >= t2 - 200 ? 1.0 : 0.0);
            run.appendScalars(step, s);
        }
        return dir;
    }
}

package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.ExperimentConfig;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunFormatException;

/** Reads an experiment run's headline results through its kind's {@code summarize}. */
final class ExperimentAnalysis {

    private ExperimentAnalysis() {
    }

    /** The kind's summary of the run's history (fields not reached are JSON null). */
    static ObjectNode summary(ExperimentRun run) throws IOException {
        ExperimentKind<?> kind;
        try {
            kind = ExperimentKinds.builtin().byName(run.manifest().kind());
        } catch (ConfigException e) {
            throw new RunFormatException(run.path().resolve(ExperimentRun.MANIFEST), e.getMessage());
        }
        return summaryTyped(run, kind);
    }

    private static <C extends ExperimentConfig> ObjectNode summaryTyped(ExperimentRun run, ExperimentKind<C> kind)
            throws IOException {
        C config;
        try {
            config = kind.parseConfig(run.manifest().config());
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(run.path().resolve(ExperimentRun.MANIFEST), "config." + e.getMessage());
        }
        return kind.summarize(config, run.history());
    }

    /** The full JSON of {@code analyze RUN --json}: kind, status, backend, steps reached, config and summary. */
    static ObjectNode json(ExperimentRun run) throws IOException {
        ObjectNode root = JsonOutput.object();
        root.put("run", run.path().toString());
        root.put("kind", run.manifest().kind());
        root.put("status", run.manifest().status().label());
        if (!run.manifest().message().isEmpty()) {
            root.put("message", run.manifest().message());
        }
        root.put("backend", run.manifest().backend());
        root.put("steps", run.history().lastStep());
        root.put("plannedSteps", run.manifest().plan().steps());
        root.set("config", run.manifest().config());
        root.set("summary", summary(run));
        return root;
    }
}

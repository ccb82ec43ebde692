package org.dynamicsworkbench.workbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;

/**
 * {@code train <model>}: {@code alrnn}, or one of the training-dynamics experiments (grokking, lazy-rich,
 * entropy, concepts), each its own subcommand.
 */
@Command(name = "train", mixinStandardHelpOptions = true, subcommands = TrainCommand.class,
        description = "Trains a model (alrnn) or a training-dynamics experiment and writes a run folder.")
final class TrainGroup implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to train: "
                + String.join(", ", spec.commandLine().getSubcommands().keySet()));
    }

    /** Adds one subcommand per built-in experiment kind. */
    static void addExperiments(CommandLine train) {
        for (ExperimentKind<?> kind : ExperimentKinds.builtin().all()) {
            CommandLine sub = new CommandLine(new ExperimentTrainCommand(kind));
            sub.getCommandSpec().usageMessage().description(kind.description()
                    + ". Options: --preset, --<config field> value, --steps, --log-every, --full-log-every, "
                    + "--checkpoints, --checkpoint-spacing sqrt|log|linear, --checkpoint-start.");
            train.addSubcommand(kind.name(), sub);
        }
    }
}

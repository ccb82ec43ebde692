package org.dynamicsworkbench.workbench.cli;

import org.dynamicsworkbench.analysis.learning.ExperimentKind;
import org.dynamicsworkbench.analysis.learning.ExperimentKinds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sweep <experiment> --grid k=v,v [--grid k=v,v] --out DIR}: one subcommand per experiment kind. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Trains an experiment over a grid of one or two hyperparameters, runs in parallel.")
final class SweepCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name the experiment to sweep: "
                + String.join(", ", spec.commandLine().getSubcommands().keySet()));
    }

    /** Adds one subcommand per built-in experiment kind. */
    static void addExperiments(CommandLine sweep) {
        for (ExperimentKind<?> kind : ExperimentKinds.builtin().all()) {
            CommandLine sub = new CommandLine(new ExperimentSweepCommand(kind));
            sub.getCommandSpec().usageMessage().description("Sweeps " + kind.description()
                    + ". Base configuration options as for 'train " + kind.name() + "'.");
            sweep.addSubcommand(kind.name(), sub);
        }
    }
}

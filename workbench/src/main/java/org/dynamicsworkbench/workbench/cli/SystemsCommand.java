package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.OmittedEntries;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code systems}: lists the catalog (name, kind, dimension, parameters with their defaults). */
@Command(name = "systems", mixinStandardHelpOptions = true,
        description = "Lists the catalog systems: name, kind, dimension, parameters with defaults.")
final class SystemsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DynamicalSystem> systems = SystemCatalog.builtin().systems();
        if (json) {
            ArrayNode array = JsonOutput.array();
            for (DynamicalSystem s : systems) {
                SystemMetadata m = s.metadata();
                ObjectNode node = array.addObject();
                node.put("name", s.name());
                node.put("kind", s.kind().label());
                node.put("dimension", s.dimension());
                ObjectNode params = node.putObject("parameters");
                double[] defaults = m.defaultParameters();
                for (int i = 0; i < defaults.length; i++) {
                    params.put(m.parameterNames().get(i), defaults[i]);
                }
                node.set("initialCondition", JsonOutput.numbers(m.initialCondition()));
                JsonOutput.putNumber(node, "dt", s.metadata().defaultSamplingStep());
                JsonOutput.putNumber(node, "period", m.period());
            }
            JsonOutput.print(out, array);
            return WorkbenchCli.OK;
        }
        int nameWidth = Math.max(4, systems.stream().mapToInt(s -> s.name().length()).max().orElse(4));
        String format = "%-" + nameWidth + "s  %-4s  %3s  %s%n";
        out.printf(Locale.ROOT, format, "NAME", "KIND", "DIM", "PARAMETERS (defaults)");
        for (DynamicalSystem s : systems) {
            out.printf(Locale.ROOT, format, s.name(), s.kind().label(), s.dimension(), parameters(s.metadata()));
        }
        out.printf(Locale.ROOT, "%n%d systems. Left out of the dysts metadata:%n", systems.size());
        OmittedEntries.reasons().forEach((name, reason) -> out.printf(Locale.ROOT, "  %s: %s%n", name, reason));
        out.flush();
        return WorkbenchCli.OK;
    }

    private static String parameters(SystemMetadata m) {
        StringBuilder text = new StringBuilder();
        double[] defaults = m.defaultParameters();
        for (int i = 0; i < defaults.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(m.parameterNames().get(i)).append('=').append(defaults[i]);
        }
        return text.length() == 0 ? "(none)" : text.toString();
    }
}

package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolParameter;
import org.dynamicsworkbench.workbench.tools.InstalledTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tools}: lists the installed tools (built-in, and those of {@code --plugins DIR}) with where each
 * comes from, whether it runs headless, and its typed parameters (type, default, range, description).
 */
@Command(name = "tools", mixinStandardHelpOptions = true,
        description = "Lists the tools with their typed parameters.")
final class ToolsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Prints the list as JSON.")
    boolean json;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Also loads the tools of the jars in DIR.")
    String plugins;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (InstalledTools tools = PluginsOption.load(plugins, spec.commandLine().getErr())) {
            ArrayNode list = JsonOutput.array();
            for (Tool tool : tools.all()) {
                ObjectNode entry = list.addObject();
                entry.put("id", tool.id());
                entry.put("title", tool.title());
                entry.put("origin", tools.origin(tool.id()));
                entry.put("headless", tool.computation().isPresent());
                ArrayNode params = entry.putArray("parameters");
                for (ToolParameter p : tool.parameters()) {
                    ObjectNode param = params.addObject();
                    param.put("name", p.name());
                    param.put("type", p.type().label());
                    param.set("default", p.toJson(p.defaultValue()));
                    param.put("range", p.range());
                    param.put("description", p.description());
                }
                if (!json) {
                    out.println(tool.id() + "  " + tool.title() + "  (" + tools.origin(tool.id())
                            + (tool.computation().isPresent() ? ", headless" : ", window only") + ")");
                    for (ToolParameter p : tool.parameters()) {
                        out.println("    " + p.name() + "  " + p.type().label() + "  default " + p.format(p.defaultValue())
                                + "  " + p.range() + "  " + p.description());
                    }
                }
            }
            if (json) {
                JsonOutput.print(out, list);
            }
            out.flush();
            return WorkbenchCli.OK;
        }
    }
}

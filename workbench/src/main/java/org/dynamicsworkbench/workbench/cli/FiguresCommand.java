package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.workbench.figures.SessionFigures;
import org.dynamicsworkbench.workbench.tools.InstalledTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figures SESSION [--json]}: the ids and titles of the figures every tool of a session offers. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Lists the figures of a session's tools (ids for 'export --figure').")
final class FiguresCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "A session .json file.")
    String session;

    @Option(names = "--json", description = "Prints the list as JSON.")
    boolean json;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Also loads the tools of the jars in DIR.")
    String plugins;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        try (InstalledTools tools = PluginsOption.load(plugins, spec.commandLine().getErr())) {
            SessionFigures figures = SessionFigureLoader.load(session, tools);
            if (json) {
                ArrayNode list = JsonOutput.array();
                for (SessionFigures.Entry e : figures.entries()) {
                    ObjectNode item = list.addObject();
                    item.put("id", e.id());
                    item.put("title", e.title());
                    item.put("tool", e.toolId());
                    item.put("toolIndex", e.toolIndex());
                    item.put("needsOpenGl", e.spec().needsOpenGl());
                    JsonOutput.putNumber(item, "widthMm", e.spec().defaultSize().widthMm());
                    JsonOutput.putNumber(item, "heightMm", e.spec().defaultSize().heightMm());
                }
                ObjectNode document = JsonOutput.object();
                document.put("session", session);
                document.set("figures", list);
                JsonOutput.print(stdout, document);
            } else {
                for (SessionFigures.Entry e : figures.entries()) {
                    stdout.printf(Locale.ROOT, "%-24s %s (%s, tool %d%s)%n", e.id(), e.title(), e.toolId(), e.toolIndex(),
                            e.spec().needsOpenGl() ? ", needs OpenGL" : "");
                }
            }
            stdout.flush();
        }
        return WorkbenchCli.OK;
    }
}

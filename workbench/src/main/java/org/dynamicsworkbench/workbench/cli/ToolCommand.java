package org.dynamicsworkbench.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolComputation;
import org.dynamicsworkbench.plugins.spi.ToolParameterException;
import org.dynamicsworkbench.plugins.spi.ToolParameterValues;
import org.dynamicsworkbench.plugins.spi.ToolResult;
import org.dynamicsworkbench.workbench.session.AtomicFileWriter;
import org.dynamicsworkbench.workbench.tools.InstalledTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tool}: runs a tool's headless computation with its typed parameters ({@code --param name=value},
 * checked against the tool's declared types and ranges) and prints the result's values, as text or JSON;
 * {@code --out DIR} also writes them to {@code DIR/result.json} (atomically; DIR is created if its parent
 * exists). Tools of a plugin folder are available with {@code --plugins DIR}.
 */
@Command(name = "tool", mixinStandardHelpOptions = true,
        description = {"Runs a tool's computation headless with typed parameters (see 'tools' for the ids",
                "and parameters)."})
final class ToolCommand implements Callable<Integer> {
    /** The file written into {@code --out DIR}. */
    static final String RESULT_FILE = "result.json";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOOL_ID", description = "The tool's id, e.g. recurrence-plot.")
    String toolId;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Sets a typed parameter; repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Also writes the result to DIR/" + RESULT_FILE + ".")
    String out;

    @Option(names = "--json", description = "Prints the result as JSON.")
    boolean json;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Also loads the tools of the jars in DIR.")
    String plugins;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path outDir = out == null ? null : outputFolder(out);
        try (InstalledTools tools = PluginsOption.load(plugins, stderr)) {
            Tool tool = tools.find(toolId).orElseThrow(() -> new InputException(toolId,
                    "unknown tool (available: " + String.join(", ", tools.ids()) + ")"));
            ToolComputation computation = tool.computation().orElseThrow(() -> new InputException(toolId,
                    "has no headless computation (open it in the window)"));
            ToolParameterValues values = values(tool);
            ToolResult result = computation.compute(values, ProgressListener.NONE, CancellationToken.NEVER);
            ObjectNode document = JsonOutput.object();
            document.put("tool", tool.id());
            document.set("parameters", values.toJson());
            document.put("summary", result.summary());
            document.set("values", result.values());
            if (outDir != null) {
                Files.createDirectories(outDir);
                Path file = outDir.resolve(RESULT_FILE);
                AtomicFileWriter.write(file, (document.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (json) {
                JsonOutput.print(stdout, document);
            } else {
                stdout.println(tool.id() + ": " + result.summary());
                for (Iterator<Map.Entry<String, JsonNode>> it = result.values().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    stdout.println("  " + e.getKey() + " = " + (e.getValue().isTextual() ? e.getValue().textValue() : e.getValue()));
                }
                if (outDir != null) {
                    stdout.println("wrote " + outDir.resolve(RESULT_FILE));
                }
                stdout.flush();
            }
            return WorkbenchCli.OK;
        }
    }

    /** The defaults with every {@code --param} applied; each error names the option as given. */
    private ToolParameterValues values(Tool tool) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (String pair : params) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--param " + pair, "expected NAME=VALUE");
            }
            String name = pair.substring(0, eq).strip();
            if (texts.put(name, pair.substring(eq + 1)) != null) {
                throw new InputException("--param " + pair, "parameter '" + name + "' is given twice");
            }
            given.put(name, pair);
        }
        ToolParameterValues values = ToolParameterValues.defaults(tool.parameters());
        for (Map.Entry<String, String> e : texts.entrySet()) {
            try {
                values = values.withText(Map.of(e.getKey(), e.getValue()));
            } catch (ToolParameterException problem) {
                throw new InputException("--param " + given.get(e.getKey()), problem.getMessage(), problem);
            }
        }
        return values;
    }

    private static Path outputFolder(String text) {
        String input = "--out " + text;
        Path dir;
        try {
            dir = Path.of(text);
        } catch (InvalidPathException e) {
            throw new InputException(input, "not a valid path (" + e.getReason() + ")", e);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(input, "is a file, not a folder");
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException(input, "folder " + parent + " does not exist");
        }
        if (Files.exists(dir) && !Files.isWritable(dir)) {
            throw new InputException(input, "folder is not writable");
        }
        return dir;
    }
}

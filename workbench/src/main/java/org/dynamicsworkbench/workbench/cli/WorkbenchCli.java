package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.dynamicsworkbench.analysis.integrate.DivergenceException;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.workbench.session.SessionFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the command line in-process: builds the picocli command tree, routes output to the given writers
 * and turns every failure into one line on {@code err}. Exit codes: 0 success, 2 bad input (usage errors
 * included), 1 an unexpected internal error.
 */
public final class WorkbenchCli {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private WorkbenchCli() {
    }

    @Command(name = "dynamics-workbench", mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {"Dynamics Workbench. With no argument (or a session .json file) opens the window;",
                    "with a subcommand runs headless."},
            subcommands = {SystemsCommand.class, IntegrateCommand.class, LyapunovCommand.class,
                    PeccaryCommand.class, KoopmanCommand.class,
                    RenderCommand.class, BenchCommand.class, TrainGroup.class, SweepCommand.class, ResumeCommand.class,
                    AnalyzeCommand.class, ToolsCommand.class, ToolCommand.class, FiguresCommand.class, ExportCommand.class,
                    CommandLine.HelpCommand.class})
    static final class RootCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
        }
    }

    /** The version from the jar's manifest (or "development" when run from classes). */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WorkbenchCli.class.getPackage().getImplementationVersion();
            return new String[] {"Dynamics Workbench " + (version == null ? "development" : version)};
        }
    }

    /** Runs {@code args} with output to the process's stdout and stderr. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return run(args, out, err);
    }

    /** Runs {@code args} printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RootCommand());
        TrainGroup.addExperiments(cli.getSubcommands().get("train"));
        SweepCommand.addExperiments(cli.getSubcommands().get("sweep"));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("error: " + oneLine(e.getMessage()) + " (see '"
                    + command.getCommandSpec().qualifiedName() + " --help')");
            command.getErr().flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            int code = isBadInput(e) ? BAD_INPUT : INTERNAL_ERROR;
            command.getErr().println("error: " + describe(e));
            command.getErr().flush();
            return code;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static boolean isBadInput(Throwable e) {
        return e instanceof InputException || e instanceof IllegalArgumentException
                || e instanceof DivergenceException || e instanceof SessionFormatException
                || e instanceof IOException || e instanceof UncheckedIOException;
    }

    /** The one-line message for a failure. */
    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof RenderException) {
            return "OpenGL: " + oneLine(e.getMessage());
        }
        if (isBadInput(e) && e.getMessage() != null) {
            return oneLine(e.getMessage());
        }
        return "internal error: " + oneLine(String.valueOf(e));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}

package org.dynamicsworkbench.workbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkbenchCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The single line written to stderr (fails the caller's assertion when there are more). */
    long errLines() {
        return err.lines().count();
    }
}

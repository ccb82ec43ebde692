/**
 * The command line (picocli): {@code systems}, {@code integrate}, {@code lyapunov}, {@code render} and
 * {@code bench}. Bad input anywhere ends in one line on stderr, {@code error: <input>: <problem>}, exit code
 * 2, and no partial output file. Subcommands that do not draw ({@code systems}, {@code integrate},
 * {@code lyapunov}) load no JavaFX or JOGL class and run without a display; {@code render} and
 * {@code bench} reach the GL renderer through their own helper classes only when they run.
 */
package org.dynamicsworkbench.workbench.cli;

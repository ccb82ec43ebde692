/**
 * The tool SPI. A tool is found with {@link java.util.ServiceLoader} ({@code META-INF/services/
 * org.dynamicsworkbench.plugins.spi.Tool}), opens instances with a JavaFX view, runs its computations
 * through {@link org.dynamicsworkbench.plugins.spi.BackgroundTasks}, and saves its state into the session
 * as plain JSON. Tools may declare typed parameters ({@link org.dynamicsworkbench.plugins.spi.ToolParameter},
 * {@link org.dynamicsworkbench.plugins.spi.ToolParameterValues}) and a headless computation
 * ({@link org.dynamicsworkbench.plugins.spi.ToolComputation} returning a
 * {@link org.dynamicsworkbench.plugins.spi.ToolResult}); {@link org.dynamicsworkbench.plugins.spi.ParameterForm}
 * is the JavaFX form of such parameters. Tools offer figures for export
 * ({@link org.dynamicsworkbench.plugins.spi.FigureSpec}: an id, a title and a builder of a render-module figure),
 * from an open instance and, headless, from a saved state. May depend on analysis and render; never on the workbench.
 */
package org.dynamicsworkbench.plugins.spi;

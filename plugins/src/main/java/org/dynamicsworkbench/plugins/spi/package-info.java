/**
 * The tool SPI. A tool is found with {@link java.util.ServiceLoader} ({@code META-INF/services/
 * org.dynamicsworkbench.plugins.spi.Tool}), opens instances with a JavaFX view, runs its computations
 * through {@link org.dynamicsworkbench.plugins.spi.BackgroundTasks}, and saves its state into the session
 * as plain JSON. May depend on analysis and render; never on the workbench.
 */
package org.dynamicsworkbench.plugins.spi;

/**
 * The attractor explorer, the first built-in tool: {@link org.dynamicsworkbench.plugins.explorer.ExplorerState}
 * (the toolkit-free state) and its JSON codec, {@link org.dynamicsworkbench.plugins.explorer.ExplorerViewModel}
 * (state, background integration and Lyapunov spectrum as JavaFX properties, no Nodes),
 * {@link org.dynamicsworkbench.plugins.explorer.ExplorerView} with its panels (the Node tree), and the
 * {@link org.dynamicsworkbench.plugins.explorer.ExplorerTool} that the workbench finds with ServiceLoader.
 * Depends on analysis, render and the plugin SPI; never on the workbench.
 */
package org.dynamicsworkbench.plugins.explorer;

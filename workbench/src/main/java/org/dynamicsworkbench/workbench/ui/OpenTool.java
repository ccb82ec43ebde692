package org.dynamicsworkbench.workbench.ui;

import org.dynamicsworkbench.plugins.spi.Tool;
import org.dynamicsworkbench.plugins.spi.ToolInstance;

/** An open tool instance with the kind of tool it is and the context the window gave it. */
record OpenTool(Tool tool, ToolInstance instance, WorkbenchToolContext context) {
}

/**
 * The JavaFX window: {@link org.dynamicsworkbench.workbench.ui.WorkbenchApp} (the Application, launched by
 * {@code Main}), {@link org.dynamicsworkbench.workbench.ui.MainWindow} (menus, tool tabs, session
 * open/save, title with the unsaved mark), the status bar with the task list, and the
 * {@code ToolContext} the window offers each open tool. Everything here runs on the FX thread unless a
 * method says otherwise.
 */
package org.dynamicsworkbench.workbench.ui;

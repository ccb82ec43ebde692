/** The workbench: the entry point that dispatches to the window or the command line. */
package org.dynamicsworkbench.workbench;

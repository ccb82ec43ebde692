/**
 * The tools installed in this workbench: the built-in ones found with {@link java.util.ServiceLoader} on
 * the class path, and those of the jars in a user's plugin folder ({@link
 * org.dynamicsworkbench.workbench.tools.PluginFolder}, one class loader per jar, broken jars skipped and
 * reported), with the check that every id is unique (the built-in wins) and the remembered folder setting.
 * Creates no view: opening an instance is the window's job.
 */
package org.dynamicsworkbench.workbench.tools;

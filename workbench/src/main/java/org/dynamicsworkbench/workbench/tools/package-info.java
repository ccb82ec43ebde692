/**
 * The tools installed in this workbench, found with {@link java.util.ServiceLoader}: ids, lookup, and the
 * check that every id is unique. Creates no view: opening an instance is the window's job.
 */
package org.dynamicsworkbench.workbench.tools;

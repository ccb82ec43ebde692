/**
 * The built-in discrete-time maps (dysts forms), each with its update rule and analytic Jacobian written in
 * Java. Depends only on {@code org.dynamicsworkbench.analysis.system}.
 */
package org.dynamicsworkbench.analysis.system.maps;

/**
 * The built-in continuous-time systems (dysts forms and default parameters), each with its equations and
 * an analytic Jacobian written in Java. Depends only on {@code org.dynamicsworkbench.analysis.system}.
 */
package org.dynamicsworkbench.analysis.system.flows;

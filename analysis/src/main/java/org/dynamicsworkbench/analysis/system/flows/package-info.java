/**
 * The built-in continuous-time systems (dysts forms and default parameters), each with its equations and,
 * nearly always, an analytic Jacobian written in Java; the few whose closed-form Jacobian would be
 * unreviewable (BlinkingRotlet, DoublePendulum, ExcitableCell, InteriorSquirmer) use the central-difference
 * fallback of {@code AbstractDynamicalSystem}. Where dysts post-processes coordinates (angles to sines,
 * forcing phases to cosines) the classes integrate the raw state. Depends only on
 * {@code org.dynamicsworkbench.analysis.system}.
 */
package org.dynamicsworkbench.analysis.system.flows;

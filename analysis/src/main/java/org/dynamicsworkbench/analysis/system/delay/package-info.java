/**
 * The dysts delay differential equations x'(t) = f(x(t), x(t - tau)): {@link
 * org.dynamicsworkbench.analysis.system.delay.DelayEquation} and the six catalog systems (IkedaDelay,
 * MackeyGlass, PiecewiseCircuit, ScrollDelay, SprottDelay, VossDelay). Their state, as in dysts, is a delay
 * embedding of the scalar x; they are integrated by
 * {@link org.dynamicsworkbench.analysis.integrate.DelayIntegrator}.
 */
package org.dynamicsworkbench.analysis.system.delay;

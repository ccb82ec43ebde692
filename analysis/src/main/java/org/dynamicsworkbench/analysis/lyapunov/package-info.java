/** Lyapunov spectra by the Benettin/QR method on the tangent dynamics, and the Kaplan-Yorke dimension. */
package org.dynamicsworkbench.analysis.lyapunov;

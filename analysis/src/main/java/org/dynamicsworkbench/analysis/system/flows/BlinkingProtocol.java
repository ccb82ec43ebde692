package org.dynamicsworkbench.analysis.system.flows;

/**
 * dysts' smooth on/off switch for blinking flows: w(t) = (1 + tanh(20 tau sin(2 pi t / tau))) / 2, close
 * to 1 in the first half of each period tau and to 0 in the second.
 */
final class BlinkingProtocol {
    private static final double STIFFNESS = 20;

    private BlinkingProtocol() {
    }

    static double weight(double t, double tau) {
        return 0.5 + 0.5 * Math.tanh(tau * STIFFNESS * Math.sin(2 * Math.PI * t / tau));
    }
}

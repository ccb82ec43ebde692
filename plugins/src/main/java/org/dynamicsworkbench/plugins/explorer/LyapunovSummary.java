package org.dynamicsworkbench.plugins.explorer;

import java.util.Locale;
import java.util.Objects;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovResult;
import org.dynamicsworkbench.analysis.lyapunov.LyapunovSettings;
import org.dynamicsworkbench.analysis.system.SystemKind;

/**
 * A finished Lyapunov computation of the explorer: the state it was computed for, the settings used
 * and the result (spectrum, Kaplan-Yorke dimension, convergence history).
 */
public record LyapunovSummary(ExplorerState state, LyapunovSettings settings, LyapunovResult result) {

    public LyapunovSummary {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(result, "result");
    }

    /** One line per exponent, then the Kaplan-Yorke dimension and what the average ran over. */
    public String text() {
        boolean map = state.system().kind() == SystemKind.MAP;
        StringBuilder text = new StringBuilder();
        double[] exponents = result.exponents();
        for (int i = 0; i < exponents.length; i++) {
            text.append(String.format(Locale.ROOT, "λ%d = %+.4f%n", i + 1, exponents[i]));
        }
        text.append(String.format(Locale.ROOT, "Kaplan-Yorke dimension = %.4f%n", result.kaplanYorkeDimension()));
        if (map) {
            text.append(String.format(Locale.ROOT, "per iteration, %,d iterations", Math.round(result.totalTime())));
        } else {
            text.append(String.format(Locale.ROOT, "per time unit, t = %s%nRK4, dt = %s", NumberText.format(result.totalTime()),
                    NumberText.format(settings.dt())));
        }
        return text.toString();
    }
}

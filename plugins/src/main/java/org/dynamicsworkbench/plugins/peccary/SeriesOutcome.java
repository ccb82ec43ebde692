package org.dynamicsworkbench.plugins.peccary;

import java.util.Objects;
import org.dynamicsworkbench.analysis.ordinal.HcPoint;
import org.dynamicsworkbench.analysis.ordinal.PatternCounts;
import org.dynamicsworkbench.analysis.ordinal.TauSweepResult;

/**
 * The PECCARY outcome for one series: its label and sampling step, the pattern counts and (H, C) at the chosen
 * tau, the sweep (null when none was asked for) and the ideal-sampling advice in words (why there is none when
 * the series never crosses its mean).
 */
public record SeriesOutcome(String label, double dt, int samples, PatternCounts counts, HcPoint point,
                            TauSweepResult sweep, String advice) {

    public SeriesOutcome {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(advice, "advice");
    }
}

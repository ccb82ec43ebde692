package org.dynamicsworkbench.analysis.system.delay;

import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Sprott's minimal chaotic delay equation x' = sin(x_tau): in dysts the Ikeda equation with c = 0, mu = 1,
 * x0 = 0 and tau = 5.1 (the parameters stay adjustable).
 */
public final class SprottDelay extends IkedaDelay {

    public SprottDelay(SystemMetadata metadata) {
        super(metadata);
    }
}

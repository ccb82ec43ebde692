package org.dynamicsworkbench.analysis.alrnn.train;

import java.util.Locale;

/** How windows are forced during training. */
public enum ForcingMode {
    /** Sparse identity teacher forcing every tau steps (the AL-RNN protocol). */
    SPARSE,
    /** Generalized teacher forcing with a fixed alpha. */
    GTF_FIXED,
    /** Generalized teacher forcing with the adaptive alpha (product upper bound) and annealing. */
    GTF_ADAPTIVE;

    /** "sparse", "gtf-fixed", "gtf-adaptive". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the input and the choices */
    public static ForcingMode fromLabel(String label) {
        for (ForcingMode mode : values()) {
            if (mode.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown forcing '" + label + "' (use sparse, gtf-fixed or gtf-adaptive)");
    }
}

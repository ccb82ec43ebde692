package org.dynamicsworkbench.analysis.learning.grokking;

import java.util.Locale;
import org.dynamicsworkbench.analysis.learning.ConfigException;

/**
 * The spec's measured configurations (section 1.2, seed 0: numpy and Java runs): {@code primary} groks after
 * ~2400 steps, {@code fast} after ~700, {@code large} (p = 97, N = 500) after ~1500, and {@code no-wd} never
 * generalises within 4000 steps (weight decay is necessary here).
 */
public enum GrokkingPreset {
    PRIMARY("primary", 31, 256, 0.4, 3e-3, 1.0, 5000),
    FAST("fast", 31, 256, 0.4, 1e-2, 1.0, 2000),
    LARGE("large", 97, 500, 0.2, 1e-2, 1.0, 2000),
    NO_WD("no-wd", 31, 256, 0.4, 1e-2, 0.0, 4000);

    private final String label;
    private final int p;
    private final int width;
    private final double frac;
    private final double lr;
    private final double wd;
    private final long steps;

    GrokkingPreset(String label, int p, int width, double frac, double lr, double wd, long steps) {
        this.label = label;
        this.p = p;
        this.width = width;
        this.frac = frac;
        this.lr = lr;
        this.wd = wd;
        this.steps = steps;
    }

    /** The name typed on the command line: primary, fast, large, no-wd. */
    public String label() {
        return label;
    }

    /** The default number of optimiser steps of this preset. */
    public long steps() {
        return steps;
    }

    /** This preset's configuration with the given seed, the Java/ND4J choice left to {@code auto}. */
    public GrokkingConfig config(long seed) {
        return GrokkingConfig.of(p, width, frac, lr, wd, seed);
    }

    /** The preset called {@code text} (primary, fast, large, no-wd; any case, '_' accepted for '-'). */
    public static GrokkingPreset parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (GrokkingPreset preset : values()) {
            if (preset.label.equals(t)) {
                return preset;
            }
        }
        throw new ConfigException("preset", "unknown preset '" + text + "' (known: primary, fast, large, no-wd)");
    }

    /**
     * The preset whose model and optimiser match {@code config} (seed and backend aside), or null: used to
     * pick a default step count for user-edited configurations.
     */
    public static GrokkingPreset matching(GrokkingConfig config) {
        for (GrokkingPreset preset : values()) {
            if (preset.p == config.p() && preset.width == config.width() && preset.frac == config.frac()
                    && preset.lr == config.lr() && preset.wd == config.wd()) {
                return preset;
            }
        }
        return null;
    }
}

package org.dynamicsworkbench.plugins.runs;

import java.util.List;
import org.dynamicsworkbench.analysis.learning.run.Smoothing;

/**
 * The checks the training-dynamics tools' state records share (their compact constructors call them); every error is
 * an {@link IllegalArgumentException} naming the field.
 */
public final class StateChecks {
    private StateChecks() {
    }

    /**
     * An unmodifiable copy of {@code folders}, at most {@code max} of them, none blank.
     *
     * @param field the state field ("runs", "overlays")
     * @param noun  what the folders are, in the too-many message ("runs", "seeds")
     */
    public static List<String> folders(String field, List<String> folders, int max, String noun) {
        List<String> copy = List.copyOf(folders);
        if (copy.size() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " " + noun + ", got " + copy.size());
        }
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isBlank()) {
                throw new IllegalArgumentException(field + "[" + i + "]: must not be empty");
            }
        }
        return copy;
    }

    /** @throws IllegalArgumentException unless {@code step} is a step >= 0, or -1 for the last */
    public static void step(long step) {
        if (step < -1) {
            throw new IllegalArgumentException("step: must be a step >= 0, or -1 for the last, got " + step);
        }
    }

    /** @throws IllegalArgumentException unless {@code smoothing} is a smoothing weight in [0, max] */
    public static void smoothing(double smoothing) {
        if (!(smoothing >= 0 && smoothing <= Smoothing.MAX_WEIGHT)) {
            throw new IllegalArgumentException("smoothing: must be in [0, " + Smoothing.MAX_WEIGHT + "], got "
                    + smoothing);
        }
    }
}

package org.dynamicsworkbench.analysis.learning.concepts;

import java.util.Locale;
import org.dynamicsworkbench.analysis.learning.ConfigException;

/**
 * How a prompt is given to the denoiser. {@link #CLASSY}: one one-hot pair per concept ({@code [1-c1, c1, 1-c2,
 * c2]}, the authors' "classy" option); {@link #CONTINUOUS}: the sample's own concept values {@code (z1, z2)}, as
 * the authors' image runs condition on each sample's colour and size; prompts then use the class means.
 */
public enum Conditioning {
    CLASSY("classy", 4), CONTINUOUS("continuous", 2);

    private final String label;
    private final int dims;

    Conditioning(String label, int dims) {
        this.label = label;
        this.dims = dims;
    }

    public String label() {
        return label;
    }

    /** Width of the conditioning vector. */
    public int dims() {
        return dims;
    }

    /** Parses {@code classy} or {@code continuous}. @throws ConfigException for field {@code conditioning} */
    public static Conditioning parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Conditioning c : values()) {
            if (c.label.equals(t)) {
                return c;
            }
        }
        throw new ConfigException("conditioning", "must be classy or continuous, got '" + text + "'");
    }
}

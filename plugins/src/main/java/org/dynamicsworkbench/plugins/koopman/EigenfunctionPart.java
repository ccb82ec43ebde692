package org.dynamicsworkbench.plugins.koopman;

import java.util.Locale;

/** Which real scalar of a complex eigenfunction colours the attractor. */
public enum EigenfunctionPart {
    REAL, MODULUS, PHASE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scalar of {@code re + i im}. */
    public double of(double re, double im) {
        return switch (this) {
            case REAL -> re;
            case MODULUS -> Math.hypot(re, im);
            case PHASE -> Math.atan2(im, re);
        };
    }

    /** @throws IllegalArgumentException naming the choices */
    public static EigenfunctionPart fromId(String id) {
        for (EigenfunctionPart p : values()) {
            if (p.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown eigenfunction part '" + id + "' (valid: real, modulus, phase)");
    }
}

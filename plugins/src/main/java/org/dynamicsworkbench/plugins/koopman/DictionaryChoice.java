package org.dynamicsworkbench.plugins.koopman;

import java.util.Locale;

/**
 * A dictionary as the command line writes it: "poly:D" (monomials up to degree D, 1..8), "rbf:K" (K radial basis
 * functions centred by k-means, 1..1000) or "delay:Q" (the constant and Q delays of every column, 1..200).
 */
public record DictionaryChoice(Kind kind, int size) {

    /** The dictionary families. */
    public enum Kind { POLY, RBF, DELAY }

    public DictionaryChoice {
        if (kind == null) {
            throw new IllegalArgumentException("dictionary kind is null");
        }
        int max = switch (kind) {
            case POLY -> 8;
            case RBF -> 1000;
            case DELAY -> 200;
        };
        if (size < 1 || size > max) {
            throw new IllegalArgumentException("dictionary " + id(kind) + ":" + size + ": the number must be in 1.." + max);
        }
    }

    /** @throws IllegalArgumentException with the expected forms */
    public static DictionaryChoice parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split(":", -1);
        if (parts.length == 2) {
            Kind kind = switch (parts[0]) {
                case "poly" -> Kind.POLY;
                case "rbf" -> Kind.RBF;
                case "delay" -> Kind.DELAY;
                default -> null;
            };
            if (kind != null) {
                try {
                    return new DictionaryChoice(kind, Integer.parseInt(parts[1]));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
        }
        throw new IllegalArgumentException("dictionary must be poly:D, rbf:K or delay:Q, got '" + text + "'");
    }

    private static String id(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id(kind) + ":" + size;
    }
}

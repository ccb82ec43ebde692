package org.dynamicsworkbench.render.figure;

import java.util.regex.Pattern;

/** The rule for figure, panel and series ids: stable, file-name and command-line friendly. */
public final class FigureIds {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private FigureIds() {
    }

    /**
     * Returns {@code id} if it is 1 to 64 characters of lower-case letters, digits, '.', '_' or '-' starting
     * with a letter or digit; throws naming {@code what} otherwise.
     */
    public static String require(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id must be 1-64 characters of a-z, 0-9, '.', '_', '-' "
                    + "starting with a letter or digit, got " + (id == null ? "null" : "'" + id + "'"));
        }
        return id;
    }
}

package org.dynamicsworkbench.plugins.spi;

import java.util.Locale;

/** The kinds of value a {@link ToolParameter} can hold, and the Java type each is held as. */
public enum ParameterType {
    /** A finite {@code Double} within the parameter's range. */
    DOUBLE,
    /** An {@code Integer} within the parameter's range. */
    INT,
    /** A {@code String}, one of the parameter's choices. */
    CHOICE,
    /** Any {@code String}. */
    STRING,
    /** A {@code Boolean}. */
    BOOL;

    /** Lower-case name used in listings and JSON ("double", "int", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.dynamicsworkbench.analysis.learning;

/** An experiment configuration field is missing, of the wrong type, or out of range. */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /**
     * @param field   the field's name as the user writes it (JSON key or command-line option without dashes)
     * @param problem what is wrong, e.g. "must be in (0, 1), got 1.5"
     */
    public ConfigException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

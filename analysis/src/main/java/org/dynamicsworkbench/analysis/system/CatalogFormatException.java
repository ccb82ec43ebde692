package org.dynamicsworkbench.analysis.system;

/**
 * The catalog metadata is malformed or does not fit a system's equations. The message names the source
 * file, the system and the field, e.g. "chaotic_attractors.json: Lorenz.dt: must be a positive number, got -1".
 */
public final class CatalogFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogFormatException(String message) {
        super(message);
    }

    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

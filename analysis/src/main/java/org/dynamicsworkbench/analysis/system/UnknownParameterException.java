package org.dynamicsworkbench.analysis.system;

import java.util.List;

/** A system has no parameter of the given name; the message lists the ones it has. */
public final class UnknownParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String systemName;
    private final String parameterName;

    public UnknownParameterException(String systemName, String parameterName, List<String> known) {
        super(systemName + " has no parameter '" + parameterName + "' (parameters: "
                + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        this.systemName = systemName;
        this.parameterName = parameterName;
    }

    public String systemName() {
        return systemName;
    }

    public String parameterName() {
        return parameterName;
    }
}

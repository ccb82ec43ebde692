package org.dynamicsworkbench.analysis.system;

import java.util.Optional;

/** No system of that name in the catalog; the message suggests the nearest name when one is close. */
public final class UnknownSystemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String requestedName;
    private final String suggestion;

    public UnknownSystemException(String requestedName, Optional<String> suggestion) {
        super("unknown system '" + requestedName + "'"
                + suggestion.map(s -> " (did you mean " + s + "?)").orElse(""));
        this.requestedName = requestedName;
        this.suggestion = suggestion.orElse(null);
    }

    private UnknownSystemException(String requestedName, String message) {
        super(message);
        this.requestedName = requestedName;
        this.suggestion = null;
    }

    /** A dysts entry the catalog leaves out on purpose; {@code reason} is the whole message. */
    public static UnknownSystemException omitted(String requestedName, String reason) {
        return new UnknownSystemException(requestedName, reason);
    }

    public String requestedName() {
        return requestedName;
    }

    /** The closest known name, if one is close enough to suggest. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}

package org.dynamicsworkbench.workbench.session;

import java.util.Objects;

/**
 * A session as read from a text: the validated {@link Session}, the name of its source, the version the
 * text was written in (older versions were migrated), and where each field stands in the text, so that a
 * problem found later (a tool rejecting its state) can still name the line.
 */
public final class SessionDocument {
    private final Session session;
    private final String source;
    private final int fileVersion;
    private final JsonLocations locations;

    SessionDocument(Session session, String source, int fileVersion, JsonLocations locations) {
        this.session = Objects.requireNonNull(session);
        this.source = Objects.requireNonNull(source);
        this.fileVersion = fileVersion;
        this.locations = Objects.requireNonNull(locations);
    }

    public Session session() {
        return session;
    }

    /** How the text is named in messages (usually the file path as the user gave it). */
    public String source() {
        return source;
    }

    /** The version written in the file; below {@link Session#CURRENT_VERSION} when it was migrated. */
    public int fileVersion() {
        return fileVersion;
    }

    /** The 1-based line of the value at {@code path} (e.g. {@code tools[0].state.dt}), or of its nearest ancestor. */
    public int lineOf(String path) {
        return locations.lineOf(path);
    }

    /** A problem at {@code path}: {@code "<source>: line <n>: <path>: <problem>"}. */
    public SessionFormatException problem(String path, String problem) {
        return SessionCodec.error(source, locations, path, problem);
    }
}

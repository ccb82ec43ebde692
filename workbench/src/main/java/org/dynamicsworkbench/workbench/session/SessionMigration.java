package org.dynamicsworkbench.workbench.session;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings the JSON tree of an older session up to {@link Session#CURRENT_VERSION}, one version at a time,
 * before it is validated. Each step only adds or renames what its version introduced; it never drops data.
 * <ul>
 *   <li>1 to 2: adds the {@code "data"} array (references to data files and runs, empty for version 1
 *       files) and writes {@code "selectedTool"} explicitly (version 1 allowed leaving it out for 0).</li>
 * </ul>
 */
final class SessionMigration {
    private SessionMigration() {
    }

    /**
     * Migrates {@code root} in place from {@code version} to the current version.
     *
     * @param version a version in [1, CURRENT_VERSION], already checked
     */
    static void toCurrent(ObjectNode root, int version) {
        int v = version;
        if (v == 1) {
            oneToTwo(root);
            v = 2;
        }
        if (v != Session.CURRENT_VERSION) {
            throw new IllegalStateException("no migration from version " + v + " to " + Session.CURRENT_VERSION);
        }
        root.put("version", Session.CURRENT_VERSION);
    }

    private static void oneToTwo(ObjectNode root) {
        if (!root.has("selectedTool")) {
            root.put("selectedTool", 0);
        }
        if (!root.has("data")) {
            root.putArray("data");
        }
    }
}

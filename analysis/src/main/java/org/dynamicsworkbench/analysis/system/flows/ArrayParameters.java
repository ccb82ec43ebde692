package org.dynamicsworkbench.analysis.system.flows;

import java.util.ArrayList;
import java.util.List;

import org.dynamicsworkbench.analysis.system.SystemMetadata;

/**
 * Parameter-name lists for systems whose dysts parameters include arrays, which the catalog flattens
 * into scalars (see {@link SystemMetadata}): the constructor of such a system lists its names with these.
 */
final class ArrayParameters {

    private ArrayParameters() {
    }

    static List<String> vector(String key, int length) {
        return SystemMetadata.indexedParameterNames(key, length);
    }

    static List<String> matrix(String key, int rows, int columns) {
        return SystemMetadata.indexedParameterNames(key, rows, columns);
    }

    /** The groups concatenated in order, as the varargs the system constructor takes. */
    @SafeVarargs
    static String[] names(List<String>... groups) {
        List<String> all = new ArrayList<>();
        for (List<String> group : groups) {
            all.addAll(group);
        }
        return all.toArray(String[]::new);
    }
}

package org.dynamicsworkbench.analysis.ordinal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The PECCARY oracle values (copied from the shared oracles into the test resources). */
final class OracleFile {
    private static JsonNode root;

    private OracleFile() {
    }

    static synchronized JsonNode peccary() {
        if (root == null) {
            try (InputStream in = OracleFile.class.getResourceAsStream("peccary_oracles.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }
}

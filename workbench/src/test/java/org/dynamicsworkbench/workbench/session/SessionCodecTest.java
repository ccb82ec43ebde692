package org.dynamicsworkbench.workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SessionCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SessionCodec codec = new SessionCodec(List.of("attractor-explorer", "koopman"));

    private static ObjectNode state(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void roundTripKeepsToolsStatesAndSelection() throws Exception {
        Session session = Session.of(List.of(
                new ToolEntry("attractor-explorer", state("{\"system\":\"Lorenz\",\"parameters\":{\"rho\":28.0},\"steps\":100000}")),
                new ToolEntry("koopman", state("{\"nested\":{\"list\":[1,2.5,\"x\",null,true]}}"))), 1);
        String text = codec.encode(session);
        Session back = codec.decode(text, "s.json");
        assertEquals(session, back);
        assertEquals(1, back.selectedTool());
        assertEquals(28.0, back.tools().get(0).state().get("parameters").get("rho").doubleValue());
        assertTrue(text.contains("\"format\" : \"dynamics-workbench-session\""), text);
        assertTrue(text.endsWith("\n"));
    }

    @Test
    void statesAreCopiedInAndOut() throws Exception {
        ObjectNode original = state("{\"a\":1}");
        ToolEntry entry = new ToolEntry("koopman", original);
        original.put("a", 2);
        entry.state().put("a", 3);
        assertEquals(1, entry.state().get("a").intValue());
    }

    @Test
    void readsTheFormatOfTheBrief() throws Exception {
        String text = "{\"format\": \"dynamics-workbench-session\", \"version\": 1, \"selectedTool\": 0,"
                + " \"tools\": [ {\"tool\": \"attractor-explorer\", \"state\": {\"system\": \"Lorenz\"}} ] }";
        SessionDocument document = codec.read(text, "x.json");
        Session s = document.session();
        assertEquals(1, document.fileVersion(), "read as written");
        assertEquals(Session.CURRENT_VERSION, s.version(), "migrated");
        assertEquals(List.of(), s.data());
        assertEquals("attractor-explorer", s.tools().get(0).toolId());
        assertEquals("Lorenz", s.tools().get(0).state().get("system").textValue());
    }

    @Test
    void missingSelectedToolMeansTheFirst() throws Exception {
        Session s = codec.decode("{\"format\":\"dynamics-workbench-session\",\"version\":1,\"tools\":[]}", "x.json");
        assertEquals(0, s.selectedTool());
        assertEquals(List.of(), s.tools());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown tool     | {"format":"dynamics-workbench-session","version":1,"tools":[{"tool":"attractor-explorer","state":{}},{"tool":"koopmann","state":{}}]} | sessions/x.json: line 1: tools[1].tool: unknown tool 'koopmann' (available: attractor-explorer, koopman)
            wrong format     | {"format":"something-else","version":1,"tools":[]}                              | sessions/x.json: line 1: format: expected "dynamics-workbench-session", got string "something-else"
            missing format   | {"version":1,"tools":[]}                                                         | sessions/x.json: line 1: format: missing (expected "dynamics-workbench-session"); is this a session file?
            newer version    | {"format":"dynamics-workbench-session","version":3,"tools":[]}                   | sessions/x.json: line 1: version: 3 was written by a newer version of Dynamics Workbench (this one reads versions up to 2)
            version string   | {"format":"dynamics-workbench-session","version":"1","tools":[]}                 | sessions/x.json: line 1: version: must be an integer, got string "1"
            version fraction | {"format":"dynamics-workbench-session","version":1.5,"tools":[]}                 | sessions/x.json: line 1: version: must be an integer, got number 1.5
            version zero     | {"format":"dynamics-workbench-session","version":0,"tools":[]}                   | sessions/x.json: line 1: version: must be at least 1, got 0
            missing version  | {"format":"dynamics-workbench-session","tools":[]}                               | sessions/x.json: line 1: version: missing (expected an integer, at most 2)
            tools object     | {"format":"dynamics-workbench-session","version":1,"tools":{}}                   | sessions/x.json: line 1: tools: must be an array, got an object
            missing tools    | {"format":"dynamics-workbench-session","version":1}                              | sessions/x.json: line 1: tools: missing (expected an array of tools)
            tool not object  | {"format":"dynamics-workbench-session","version":1,"tools":[3]}                  | sessions/x.json: line 1: tools[0]: must be an object with "tool" and "state", got number 3
            tool id number   | {"format":"dynamics-workbench-session","version":1,"tools":[{"tool":7,"state":{}}]} | sessions/x.json: line 1: tools[0].tool: must be a string, got number 7
            missing tool id  | {"format":"dynamics-workbench-session","version":1,"tools":[{"state":{}}]}        | sessions/x.json: line 1: tools[0].tool: missing (expected a tool id)
            state array      | {"format":"dynamics-workbench-session","version":1,"tools":[{"tool":"koopman","state":[]}]} | sessions/x.json: line 1: tools[0].state: must be an object, got an array
            missing state    | {"format":"dynamics-workbench-session","version":1,"tools":[{"tool":"koopman"}]} | sessions/x.json: line 1: tools[0].state: missing (expected an object)
            selected range   | {"format":"dynamics-workbench-session","version":1,"selectedTool":1,"tools":[{"tool":"koopman","state":{}}]} | sessions/x.json: line 1: selectedTool: 1 is out of range (the session has 1 tool)
            top level array  | []                                                                               | sessions/x.json: line 1: top level: must be a JSON object, got an array
            v2 without data  | {"format":"dynamics-workbench-session","version":2,"selectedTool":0,"tools":[]}   | sessions/x.json: line 1: data: missing (expected an array of data references)
            data escapes     | {"format":"dynamics-workbench-session","version":2,"tools":[],"data":[{"name":"run","path":"../../etc/passwd"}]} | sessions/x.json: line 1: data[0].path: '../../etc/passwd' escapes the session's folder
            data absolute    | {"format":"dynamics-workbench-session","version":2,"tools":[],"data":[{"name":"run","path":"/etc/passwd"}]} | sessions/x.json: line 1: data[0].path: '/etc/passwd' must be relative to the session's folder, with '/' separators
            data name twice  | {"format":"dynamics-workbench-session","version":2,"tools":[],"data":[{"name":"a","path":"a.csv"},{"name":"a","path":"b.csv"}]} | sessions/x.json: line 1: data[1].name: 'a' is used by an earlier data reference
            data no path     | {"format":"dynamics-workbench-session","version":2,"tools":[],"data":[{"name":"a"}]} | sessions/x.json: line 1: data[0].path: missing (expected a string)
            """)
    void eachProblemIsNamed(String name, String json, String expected) {
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> codec.decode(json, "sessions/x.json"));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void invalidJsonReportsLineAndColumn() {
        String text = "{\n  \"format\": \"dynamics-workbench-session\",\n  \"version\": 1,\n  \"tools\": [ oops ]\n}";
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> codec.decode(text, "s.json"));
        assertTrue(e.getMessage().startsWith("s.json: line 4, column "), e.getMessage());
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreRejected() {
        SessionFormatException dup = assertThrows(SessionFormatException.class, () -> codec.decode(
                "{\"format\":\"dynamics-workbench-session\",\"version\":1,\"version\":1,\"tools\":[]}", "d.json"));
        assertTrue(dup.getMessage().contains("Duplicate field 'version'"), dup.getMessage());
        SessionFormatException trailing = assertThrows(SessionFormatException.class, () -> codec.decode(
                "{\"format\":\"dynamics-workbench-session\",\"version\":1,\"tools\":[]} {}", "t.json"));
        assertTrue(trailing.getMessage().startsWith("t.json: line 1, column"), trailing.getMessage());
    }

    @Test
    void aVersionOneFileMigratesAndIsWrittenAsVersionTwo() throws Exception {
        String v1 = "{\"format\":\"dynamics-workbench-session\",\"version\":1,"
                + "\"tools\":[{\"tool\":\"koopman\",\"state\":{\"k\":3}}]}";
        Session migrated = codec.decode(v1, "old.json");
        assertEquals(Session.of(List.of(new ToolEntry("koopman", state("{\"k\":3}"))), 0), migrated);
        String written = codec.encode(migrated);
        assertTrue(written.contains("\"version\" : 2"), written);
        assertTrue(written.contains("\"data\" : [ ]"), written);
        SessionDocument again = codec.read(written, "new.json");
        assertEquals(2, again.fileVersion());
        assertEquals(migrated, again.session());
    }

    @Test
    void dataReferencesRoundTrip() throws Exception {
        Session session = Session.of(List.of(), 0).withData(List.of(new DataReference("series", "data/lorenz.npy"),
                new DataReference("run1", "runs/run-1")));
        assertEquals(session, codec.decode(codec.encode(session), "d.json"));
    }

    @Test
    void semanticErrorsNameTheLineOfTheOffendingField() {
        String text = """
                {
                  "format": "dynamics-workbench-session",
                  "version": 2,
                  "selectedTool": 0,
                  "tools": [
                    {"tool": "attractor-explorer", "state": {}},
                    {
                      "tool": "koopmann",
                      "state": {}
                    }
                  ],
                  "data": []
                }
                """;
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> codec.decode(text, "s.json"));
        assertEquals("s.json: line 8: tools[1].tool: unknown tool 'koopmann' (available: attractor-explorer, koopman)",
                e.getMessage());
        String missingState = text.replace("\"state\": {}\n", "\"other\": {}\n");
        SessionFormatException m = assertThrows(SessionFormatException.class, () -> codec.decode(
                missingState.replace("koopmann", "koopman"), "s.json"));
        assertEquals("s.json: line 7: tools[1].state: missing (expected an object)", m.getMessage(),
                "a missing field takes the line of the object that lacks it");
        SessionFormatException future = assertThrows(SessionFormatException.class, () -> codec.decode(
                text.replace("\"version\": 2", "\"version\": 7"), "s.json"));
        assertEquals("s.json: line 3: version: 7 was written by a newer version of Dynamics Workbench (this one reads"
                + " versions up to 2)", future.getMessage());
    }

    @Test
    void emptyTextIsNamed() {
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> codec.decode("  \n", "e.json"));
        assertEquals("e.json: empty file (expected a JSON session)", e.getMessage());
    }
}

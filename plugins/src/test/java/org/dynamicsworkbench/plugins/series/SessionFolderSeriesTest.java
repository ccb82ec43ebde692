package org.dynamicsworkbench.plugins.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.koopman.KoopmanTool;
import org.dynamicsworkbench.plugins.peccary.PeccaryStateCodec;
import org.dynamicsworkbench.plugins.peccary.PeccaryTool;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.SessionFolderPaths;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data files of the PECCARY and Koopman tools resolve against the session's folder: a relative file inside it
 * loads, one that climbs out with '..' is refused naming the field, an absolute one is used as it is, and a file
 * inside the folder is written back relative to it.
 */
class SessionFolderSeriesTest {
    private static final int ROWS = 400;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path session;
    @TempDir
    Path elsewhere;

    /** A rising ramp (every ordinal pattern is the identity: H = 0, C = 0) beside a rotation. */
    private static void writeCsv(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder("t,x,y\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(String.format(Locale.ROOT, "%d,%.17g,%.17g%n", i, Math.cos(0.3 * i), Math.sin(0.3 * i)));
        }
        Files.writeString(file, csv);
    }

    private static JsonNode peccaryState(String file) throws Exception {
        return JSON.readTree("{\"series\": [{\"file\": " + JSON.writeValueAsString(file) + ", \"column\": 0}], \"n\": 4}");
    }

    private static JsonNode koopmanState(String file) throws Exception {
        return JSON.readTree("{\"series\": {\"file\": " + JSON.writeValueAsString(file) + ", \"dt\": 0.3},"
                + " \"dictionary\": \"poly:2\", \"grid\": 10, \"havok\": {\"delays\": 10, \"rank\": 3}}");
    }

    private static Figure build(FigureSpec spec) throws Exception {
        return spec.build(FigureRequest.withoutOpenGl(spec.defaultSize(), 150));
    }

    private static void assertRampOnThePlane(List<FigureSpec> specs) throws Exception {
        ScatterSeries point = (ScatterSeries) build(specs.get(0)).panels().get(0).seriesById("point-0");
        assertEquals(0.0, point.data().x(0), 1e-12, "a rising ramp has permutation entropy 0");
        assertEquals(0.0, point.data().y(0), 1e-12);
    }

    private static void assertKoopmanReadTheFile(List<FigureSpec> specs) throws Exception {
        LineSeries forcing = (LineSeries) build(specs.get(2)).panelById("forcing").seriesById("forcing");
        assertEquals(ROWS - 10 + 1, forcing.data().size(), "one forcing sample per Hankel column of the file's rows");
    }

    @Test
    void aRelativeFileLoadsFromTheSessionFolder() throws Exception {
        writeCsv(session.resolve("data/ramp.csv"));
        assertRampOnThePlane(new PeccaryTool().figuresFor(peccaryState("data/ramp.csv"), session));
        assertKoopmanReadTheFile(new KoopmanTool().figuresFor(koopmanState("data/ramp.csv"), session));
    }

    @Test
    void anAbsoluteFileIsUsedAsItIs() throws Exception {
        Path file = elsewhere.resolve("ramp.csv");
        writeCsv(file);
        assertRampOnThePlane(new PeccaryTool().figuresFor(peccaryState(file.toString()), session));
        assertKoopmanReadTheFile(new KoopmanTool().figuresFor(koopmanState(file.toString()), session));
    }

    @Test
    void aRelativeFileThatClimbsOutIsRefusedNamingTheField() throws Exception {
        writeCsv(session.resolve("ramp.csv"));
        Path inner = session.resolve("inner");
        Files.createDirectories(inner);
        String peccary = assertThrows(ToolStateException.class,
                () -> new PeccaryTool().figuresFor(peccaryState("../ramp.csv"), inner)).getMessage();
        assertTrue(peccary.startsWith("state.series[0].file: '../ramp.csv' escapes the session's folder"), peccary);
        String koopman = assertThrows(ToolStateException.class,
                () -> new KoopmanTool().figuresFor(koopmanState("data/../../ramp.csv"), inner)).getMessage();
        assertTrue(koopman.startsWith("state.series.file: 'data/../../ramp.csv' escapes the session's folder"), koopman);
    }

    @Test
    void filesInsideTheFolderAreWrittenRelativeAndOthersAbsolute() throws Exception {
        PeccaryStateCodec codec = new PeccaryStateCodec(SystemCatalog.builtin());
        Path outside = elsewhere.resolve("b.csv");
        JsonNode state = JSON.readTree("{\"series\": [{\"file\": \"data/./a.csv\"}, {\"file\": "
                + JSON.writeValueAsString(outside.toString()) + "}]}");
        var read = codec.read(state, session);
        assertEquals(session.toAbsolutePath().resolve("data/a.csv"), read.series().get(0).file());
        assertEquals(outside, read.series().get(1).file());
        JsonNode written = codec.write(read, session);
        assertEquals("data/a.csv", written.get("series").get(0).get("file").textValue());
        assertEquals(outside.toString(), written.get("series").get(1).get("file").textValue());
        assertEquals(read, codec.read(written, session));
        assertEquals(session.toAbsolutePath().resolve("data/a.csv").toString(),
                codec.write(read, null).get("series").get(0).get("file").textValue(), "no session folder: as it is");
    }

    @Test
    void withoutASessionFolderRelativePathsStayRelativeButMayNotClimb() throws Exception {
        assertEquals(Path.of("data/a.csv"), SessionFolderPaths.resolve("data/./a.csv", null, "file"));
        String up = assertThrows(ToolStateException.class, () -> SessionFolderPaths.resolve("../a.csv", null, "file"))
                .getMessage();
        assertEquals("file: '../a.csv' escapes the working folder", up);
    }
}

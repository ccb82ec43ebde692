package org.dynamicsworkbench.workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.plugins.alrnn.AlRnnState;
import org.dynamicsworkbench.plugins.alrnn.AlRnnStateCodec;
import org.dynamicsworkbench.plugins.alrnn.AlRnnTool;
import org.dynamicsworkbench.plugins.explorer.ExplorerState;
import org.dynamicsworkbench.plugins.explorer.ExplorerStateCodec;
import org.dynamicsworkbench.plugins.explorer.ExplorerTool;
import org.dynamicsworkbench.workbench.tools.InstalledTools;
import org.junit.jupiter.api.Test;

/**
 * Every file in sample-sessions/ opens through the session store with the installed tools and every tool
 * state in it restores through its tool's own codec, so a broken sample fails the build.
 */
class SampleSessionsTest {
    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("sample-sessions");

    @Test
    void everySampleSessionOpensAndRestores() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "sample sessions found: " + files);
        InstalledTools installed = InstalledTools.load();
        SessionStore store = new SessionStore(installed.ids());
        AlRnnStateCodec alrnnCodec = new AlRnnStateCodec();
        ExplorerStateCodec explorerCodec = new ExplorerStateCodec(SystemCatalog.builtin());
        for (Path file : files) {
            Session session = store.read(file);
            assertFalse(session.tools().isEmpty(), file + " has no tool");
            for (ToolEntry entry : session.tools()) {
                if (entry.toolId().equals(AlRnnTool.ID)) {
                    AlRnnState alrnn = alrnnCodec.read(entry.state());
                    assertEquals(alrnn, alrnnCodec.read(alrnnCodec.write(alrnn)));
                    assertTrue(Files.isRegularFile(file.getParent().resolve(alrnn.run()).resolve("run.json")),
                            file + ": the run folder it names is shipped");
                }
                if (!ExplorerTool.ID.equals(entry.toolId())) {
                    // other tools validate their state through their own codec when they list their figures
                    assertFalse(installed.find(entry.toolId()).orElseThrow().figuresFor(entry.state(), file.getParent()).isEmpty(),
                            file + ": tool " + entry.toolId() + " offers no figures");
                    continue;
                }
                ExplorerState state = explorerCodec.read(entry.state());
                assertNotNull(state.camera(), file + ": sample sessions set a camera");
                // what the codec writes back reads to the same state
                assertEquals(state, explorerCodec.read(explorerCodec.write(state)));
            }
        }
    }

    @Test
    void theLorenzSampleUsesTheDystsParameters() throws Exception {
        Session session = new SessionStore(InstalledTools.load().ids()).read(SAMPLES.resolve("lorenz.json"));
        ExplorerState state = new ExplorerStateCodec(SystemCatalog.builtin()).read(session.tools().get(0).state());
        assertEquals("Lorenz", state.systemName());
        assertEquals(2.667, state.parameter("beta"));
        assertEquals(28.0, state.parameter("rho"));
        assertEquals(10.0, state.parameter("sigma"));
        Session rossler = new SessionStore(InstalledTools.load().ids()).read(SAMPLES.resolve("rossler.json"));
        assertEquals("Rossler", rossler.tools().get(0).state().get("system").textValue());
    }
}

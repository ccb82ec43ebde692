package org.dynamicsworkbench.workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void mostRecentFirstWithoutDuplicatesAndBounded() throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("config/recent.txt"));
        assertEquals(List.of(), recent.list());
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RecentFiles.CAPACITY + 2; i++) {
            files.add(Files.writeString(dir.resolve("s" + i + ".json"), "{}"));
            recent.add(files.get(i));
        }
        recent.add(files.get(5));
        List<Path> listed = new RecentFiles(dir.resolve("config/recent.txt")).list();
        assertEquals(RecentFiles.CAPACITY, listed.size());
        assertEquals(files.get(5), listed.get(0));
        assertEquals(files.get(9), listed.get(1));
        assertEquals(files.get(2), listed.get(RecentFiles.CAPACITY - 1));
    }

    @Test
    void deletedFilesAreNotListed() throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        Path a = Files.writeString(dir.resolve("a.json"), "{}");
        Path b = Files.writeString(dir.resolve("b.json"), "{}");
        recent.add(a);
        recent.add(b);
        Files.delete(a);
        assertEquals(List.of(b), recent.list());
    }
}

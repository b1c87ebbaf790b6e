package org.gigasim.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path parent;

    private List<String> listing() throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesGoToATemporarySiblingUntilCommit() throws IOException {
        Path target = parent.resolve("run");
        OutputDirectory dir = OutputDirectory.create(target);
        assertTrue(dir.path().getFileName().toString().startsWith("run.tmp-"));
        assertEquals(parent.toAbsolutePath(), dir.path().getParent());
        Files.writeString(dir.path().resolve("summary.json"), "{}");
        assertFalse(Files.exists(target));
        dir.commit();
        assertEquals("{}", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of("run"), listing());
    }

    @Test
    void commitReplacesAnEarlierOutput() throws IOException {
        Path target = parent.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve("summary.json"), "old");
        Files.writeString(target.resolve("stale.csv"), "old");
        OutputDirectory dir = OutputDirectory.create(target);
        Files.writeString(dir.path().resolve("summary.json"), "new");
        dir.commit();
        assertEquals("new", Files.readString(target.resolve("summary.json")));
        assertFalse(Files.exists(target.resolve("stale.csv")));
        assertEquals(List.of("run"), listing());
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotAnOutput() throws IOException {
        Path target = parent.resolve("home");
        Files.createDirectories(target);
        Files.writeString(target.resolve("thesis.tex"), "precious");
        assertThrows(IOException.class, () -> OutputDirectory.create(target));
        assertEquals("precious", Files.readString(target.resolve("thesis.tex")));
        assertEquals(List.of("home"), listing());
    }

    @Test
    void discardDeletesTheTemporaryDirectory() throws IOException {
        OutputDirectory dir = OutputDirectory.create(parent.resolve("run"));
        Files.createDirectories(dir.path().resolve("charts"));
        Files.writeString(dir.path().resolve("charts").resolve("a.svg"), "<svg/>");
        dir.discard();
        assertEquals(List.of(), listing());
        assertThrows(IllegalStateException.class, dir::commit);
    }
}

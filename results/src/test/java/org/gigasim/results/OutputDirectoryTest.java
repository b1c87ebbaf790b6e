package org.gigasim.results;

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
        OutputDirectory earlier = OutputDirectory.create(target);
        Files.writeString(earlier.path().resolve("summary.json"), "old");
        Files.writeString(earlier.path().resolve("stale.csv"), "old");
        earlier.commit();
        assertTrue(Manifest.marks(target));
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

    @Test
    void aDiscardedOutputRemovesTheFoldersItCreatedAboveItAndNoOthers() throws IOException {
        Files.createDirectories(parent.resolve("kept"));
        OutputDirectory dir = OutputDirectory.create(parent.resolve("kept").resolve("a").resolve("b").resolve("run"));
        dir.discard();
        // a/ and a/b/ were made for this output, so they go with it; kept/ was there before.
        assertEquals(List.of("kept"), listing());
        assertEquals(List.of(), Files.list(parent.resolve("kept")).toList());
    }

    @Test
    void aSummaryWithoutTheManifestIsNotEnoughToReplaceAFolder() throws IOException {
        Path target = parent.resolve("project");
        Files.createDirectories(target.resolve("src"));
        Files.writeString(target.resolve("summary.json"), "{}");
        Files.writeString(target.resolve("src").resolve("Main.java"), "class Main {}");
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputDirectory.create(target));
        assertTrue(e.getMessage().contains("--out"), e.getMessage());
        assertEquals("class Main {}", Files.readString(target.resolve("src").resolve("Main.java")));
        assertEquals(List.of("project"), listing());
    }

    @Test
    void aForeignManifestIsNotEnoughEither() throws IOException {
        Path target = parent.resolve("other");
        Files.createDirectories(target);
        Files.writeString(target.resolve("manifest.json"), "{\"format\": \"something-else\", \"format_version\": 1}");
        assertThrows(OutputRefusedException.class, () -> OutputDirectory.create(target));
        Files.writeString(target.resolve("manifest.json"), "{\"format\": \"gigasim-output\", \"format_vers");
        assertThrows(OutputRefusedException.class, () -> OutputDirectory.create(target));
    }

    @Test
    void theWorkingFolderIsNeverReplaced() {
        Path working = Path.of("").toAbsolutePath();
        assertThrows(OutputRefusedException.class, () -> OutputDirectory.create(Path.of(".")));
        assertThrows(OutputRefusedException.class, () -> OutputDirectory.create(working.getParent()));
        assertTrue(Files.isDirectory(working));
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheFolder() throws IOException {
        Path target = parent.resolve("run");
        OutputDirectory first = OutputDirectory.create(target);
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputDirectory.create(target));
        assertTrue(e.getMessage().contains("another gigasim run"), e.getMessage());
        assertEquals(List.of("run.lock", first.path().getFileName().toString()), listing());
        first.commit();
        assertEquals(List.of("run"), listing());
        OutputDirectory.create(target).discard();   // free again once the first has finished
        assertEquals(List.of("run"), listing());
    }

    @Test
    void temporaryFoldersOfDeadProcessesAreRemovedAndLiveOnesKept() throws Exception {
        long dead = deadPid();
        Path stale = Files.createDirectories(parent.resolve("old-run.tmp-" + dead + "-0"));
        Files.createFile(stale.resolve(OutputDirectory.PARTIAL));
        Files.writeString(stale.resolve("timeseries.csv"), "half a row");
        Path live = Files.createDirectories(parent.resolve("busy.tmp-" + ProcessHandle.current().pid() + "-7"));
        Files.createFile(live.resolve(OutputDirectory.PARTIAL));
        Path foreign = Files.createDirectories(parent.resolve("photos.tmp-" + dead + "-1"));   // not gigasim's
        Files.writeString(foreign.resolve("beach.jpg"), "a photo");
        Path emptied = Files.createDirectories(parent.resolve("killed-early.tmp-" + dead + "-0"));   // before its mark
        Files.writeString(parent.resolve("killed.lock"), "");   // no process holds it
        OutputDirectory.create(parent.resolve("run")).discard();
        assertEquals(List.of(live.getFileName().toString(), foreign.getFileName().toString()), listing());
        assertFalse(Files.exists(emptied));
    }

    @Test
    void anEarlierOutputAKilledRunHadMovedAsideIsPutBack() throws Exception {
        Path target = parent.resolve("run");
        OutputDirectory earlier = OutputDirectory.create(target);
        Files.writeString(earlier.path().resolve("summary.json"), "kept");
        earlier.commit();
        Files.move(target, parent.resolve("run.old-" + deadPid() + "-0"));   // killed between its two moves
        OutputDirectory.create(parent.resolve("another")).discard();
        assertEquals("kept", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of("run"), listing());
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor();
        return process.pid();
    }
}

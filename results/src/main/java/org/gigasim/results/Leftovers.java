package org.gigasim.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What killed runs leave next to their output folders: a temporary folder
 * ({@code NAME.tmp-PID-N}, marked as gigasim's) or an earlier output moved aside
 * ({@code NAME.old-PID-N}). Each is cleaned up once the process {@code PID} is gone; a process
 * id still in use, or a folder without gigasim's mark, is left alone. So is the lock file of a
 * killed run, once no process holds its lock.
 */
final class Leftovers {

    private static final Pattern LEFTOVER = Pattern.compile("(.+)\\.(tmp|old)-(\\d+)-(\\d+)");

    private Leftovers() {
    }

    /**
     * Removes the temporary folders of runs whose process is gone (killed before they could
     * clean up), and puts back an earlier output a killed run had moved aside but not replaced.
     */
    static void remove(Path parent) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().endsWith(OutputLock.SUFFIX)) {
                    OutputLock.removeIfStale(entry);
                    continue;
                }
                Matcher m = LEFTOVER.matcher(entry.getFileName().toString());
                if (!m.matches() || processAlive(m.group(3)) || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    Path target = entry.resolveSibling(m.group(1));
                    if (m.group(2).equals("tmp") && (Files.exists(entry.resolve(OutputDirectory.PARTIAL), LinkOption.NOFOLLOW_LINKS)
                            || Manifest.marks(entry) || isEmpty(entry))) {
                        OutputDirectory.deleteTree(entry);
                    } else if (m.group(2).equals("old") && Manifest.marks(entry)) {
                        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                            OutputDirectory.deleteTree(entry);
                        } else {
                            Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                } catch (IOException e) {
                    // Best effort: a leftover that cannot be removed now is tried again by the next run.
                }
            }
        } catch (IOException e) {
            // The parent cannot be listed; leftovers stay until it can.
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static boolean processAlive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;   // not a process id gigasim wrote; leave the folder alone
        }
    }

}

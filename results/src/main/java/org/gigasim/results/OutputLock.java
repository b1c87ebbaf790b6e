package org.gigasim.results;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a run holds on its output folder while it writes: {@code NAME.lock} next to the
 * folder, held with an operating-system file lock, so a second run into the same folder is
 * refused at once. The operating system releases the lock when its process dies, however it
 * dies; the file itself is deleted when the run ends.
 */
final class OutputLock implements AutoCloseable {

    static final String SUFFIX = ".lock";

    /**
     * The lock files this process holds. A process must never open a second channel on a file it
     * holds locked: closing that channel would release its lock (POSIX lock semantics).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code target}'s folder; refuses if another run holds it. */
    static OutputLock acquire(Path target) throws IOException {
        Path file = target.resolveSibling(target.getFileName() + SUFFIX);
        if (!HELD.add(file)) {
            throw busy(target, file);
        }
        try {
            return lock(target, file);
        } catch (IOException | RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    private static OutputLock lock(Path target, Path file) throws IOException {
        for (int attempt = 0; attempt < 5; attempt++) {
            Object before = key(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw busy(target, file);
            }
            // The file may have been deleted by a run that just finished, between our open and our lock:
            // then our lock is on a file nobody else sees, so take the one at the path instead.
            if (before != MISSING && Objects.equals(before, key(file))) {
                return new OutputLock(file, channel, lock);
            }
            lock.release();
            channel.close();
        }
        throw new OutputRefusedException("cannot take the lock " + file + ": other runs keep replacing it");
    }

    private static OutputRefusedException busy(Path target, Path file) {
        return new OutputRefusedException("another gigasim run is writing " + target + " now (it holds "
                + file.getFileName() + "); wait for it to finish, or choose another folder with --out");
    }

    private static final Object MISSING = new Object();

    /** What identifies the file at {@code file} (its inode where the platform tells), or {@link #MISSING}. */
    private static Object key(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    /**
     * Deletes {@code file}, the lock file of a run that was killed, if no process holds its lock
     * (deleting it while holding it, as {@link #close()} does, so {@link #acquire} stays safe).
     */
    static void removeIfStale(Path file) {
        if (HELD.contains(file.toAbsolutePath().normalize())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.deleteIfExists(file);
                lock.release();
            }
        } catch (IOException | OverlappingFileLockException e) {
            // Held by a run, or not ours to open: left as it is.
        }
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
                HELD.remove(file);
            }
        }
    }
}

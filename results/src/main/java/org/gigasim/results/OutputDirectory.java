package org.gigasim.results;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory that appears whole or not at all: files are written into a temporary sibling
 * ({@code NAME.tmp-PID-N}) that {@link #commit()} completes with {@code manifest.json} and
 * renames onto the target atomically.
 *
 * <p>An existing target is replaced only if it is empty or carries gigasim's own
 * {@link Manifest}, so a mistyped path never deletes someone's folder. While the directory is
 * open, {@code NAME.lock} next to it keeps a second run out ({@link OutputLock}). If the
 * process is interrupted (Ctrl-C, SIGTERM), a shutdown hook deletes the temporary folder; if it
 * is killed outright, the next output written into the same parent removes what it left, once
 * the process named in the folder's name is gone.
 */
public final class OutputDirectory {

    private static final String TEMP_MARK = ".tmp-";
    private static final String OLD_MARK = ".old-";
    /** In a temporary folder until its commit: what marks it as gigasim's to clean up. */
    static final String PARTIAL = ".gigasim-partial";

    private final Path target;
    private final Path temp;
    private final Manifest manifest;
    private final OutputLock lock;
    /** The folders above the target this output created, deepest first: a discarded output removes them if empty. */
    private final List<Path> createdParents;
    private final Thread cleanup;
    private boolean open = true;

    private OutputDirectory(Path target, Path temp, Manifest manifest, OutputLock lock, List<Path> createdParents) {
        this.target = target;
        this.temp = temp;
        this.manifest = manifest;
        this.lock = lock;
        this.createdParents = createdParents;
        this.cleanup = new Thread(this::interrupted, "gigasim-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Like {@link #create(Path, Manifest)} with a manifest for outputs written from code. */
    public static OutputDirectory create(Path target) throws IOException {
        return create(target, Manifest.library(List.of()));
    }

    /**
     * Checks that {@code target} may be replaced, locks it, and creates the temporary
     * directory next to it; {@code manifest} is written into it on {@link #commit()}.
     *
     * @throws OutputRefusedException if the target is not gigasim's to replace or another run holds it
     */
    public static OutputDirectory create(Path target, Manifest manifest) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new OutputRefusedException("cannot write outputs to the root folder " + absolute);
        }
        checkReplaceable(absolute);
        List<Path> created = createParents(parent);
        OutputLock lock;
        try {
            lock = OutputLock.acquire(absolute);
        } catch (IOException | RuntimeException e) {
            removeEmpty(created);
            throw e;
        }
        try {
            checkReplaceable(absolute);   // again, now that no other run can change it
            Leftovers.remove(parent);
            Path temp = createUnique(parent, absolute.getFileName() + TEMP_MARK + ProcessHandle.current().pid() + "-");
            Files.createFile(temp.resolve(PARTIAL));
            return new OutputDirectory(absolute, temp, manifest, lock, created);
        } catch (IOException | RuntimeException e) {
            lock.close();
            removeEmpty(created);
            throw e;
        }
    }

    /**
     * A new directory {@code prefix + n} with the default permissions (a temporary directory
     * would be private to its owner, and the outputs are meant to be shared and read).
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + n));
            } catch (FileAlreadyExistsException e) {
                // Another run in this process holds this name; try the next.
            }
        }
    }

    /** The directory to write files into until {@link #commit()}. */
    public Path path() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Writes the manifest and moves the finished directory onto the target, replacing an earlier output. */
    public synchronized void commit() throws IOException {
        requireOpen();
        try {
            manifest.write(temp);
            Files.delete(temp.resolve(PARTIAL));
            checkReplaceable(target);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                String suffix = temp.getFileName().toString().substring(target.getFileName().toString().length()
                        + TEMP_MARK.length());
                Path aside = target.resolveSibling(target.getFileName() + OLD_MARK + suffix);
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                open = false;
                deleteTree(aside);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                open = false;
            }
        } finally {
            if (!open) {
                release();
            }
        }
    }

    /**
     * Deletes the temporary directory and everything in it, and the folders above the target
     * that this output created if they are left empty; the target is untouched.
     */
    public synchronized void discard() throws IOException {
        if (open) {
            open = false;
            try {
                deleteTree(temp);
            } finally {
                release();
                removeEmpty(createdParents);
            }
        }
    }

    private void release() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // The JVM is shutting down; the hook runs or has run, and finds the directory closed.
        }
        lock.close();
    }

    /** The shutdown hook: the run was interrupted, so its half-written folder goes. */
    private synchronized void interrupted() {
        if (!open) {
            return;
        }
        open = false;
        // Worker threads may still be writing into the folder; a few attempts outlast them.
        for (int attempt = 0; attempt < 20 && Files.exists(temp, LinkOption.NOFOLLOW_LINKS); attempt++) {
            try {
                deleteTree(temp);
            } catch (IOException e) {
                sleep();
            }
        }
        try {
            lock.close();
        } catch (IOException e) {
            // The operating system releases the lock as the process ends.
        }
        removeEmpty(createdParents);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("output directory for " + target + " was already committed or discarded");
        }
    }

    private static void checkReplaceable(Path target) throws IOException {
        Path working = Path.of("").toAbsolutePath().normalize();
        if (working.startsWith(target)) {
            throw new OutputRefusedException(target + " is the current folder or holds it, so gigasim will not"
                    + " replace it; choose another folder with --out, such as runs/NAME");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(target)) {
            throw new OutputRefusedException(target + " is a symbolic link; give the folder itself with --out,"
                    + " or choose another folder");
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(target + " exists and is not a folder; choose another folder with --out");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(target)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !Manifest.marks(target)) {
            throw new OutputRefusedException(target + " holds files gigasim did not write (it has no gigasim "
                    + Manifest.FILE + "), and gigasim replaces only its own output folders; move those files away,"
                    + " or choose another folder with --out");
        }
    }

    /** Creates {@code dir} and its missing ancestors; returns those it created, deepest first. */
    private static List<Path> createParents(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(p);
        }
        Files.createDirectories(dir);
        return missing;
    }

    /** Deletes the directories a refused run created, if they are still empty. */
    private static void removeEmpty(List<Path> created) {
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Deletes a directory tree, removing links inside it as links (never what they point to). */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

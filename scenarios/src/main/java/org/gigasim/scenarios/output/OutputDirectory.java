package org.gigasim.scenarios.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A directory that appears whole or not at all: files are written into a temporary sibling
 * ({@code <target>.tmp-<suffix>}) that {@link #commit()} renames onto the target atomically.
 * An existing target is replaced only if it is empty or an earlier gigasim output (it holds
 * {@code summary.json}), so a mistyped path never deletes someone's directory.
 */
public final class OutputDirectory {

    private static final String TEMP_MARK = ".tmp-";
    private static final String OLD_MARK = ".old-";

    private final Path target;
    private final Path temp;
    private boolean open = true;

    private OutputDirectory(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Creates the temporary directory next to {@code target}, after checking the target may be replaced. */
    public static OutputDirectory create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("cannot write outputs to the root directory " + absolute);
        }
        checkReplaceable(absolute);
        Files.createDirectories(parent);
        return new OutputDirectory(absolute, createUnique(parent, absolute.getFileName() + TEMP_MARK));
    }

    /**
     * A new directory {@code prefix + n} with the default permissions (a temporary directory
     * would be private to its owner, and the outputs are meant to be shared and read).
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + n));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Another run (or an interrupted one) holds this name; try the next.
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

    /** Moves the finished directory onto the target, replacing an earlier output there. */
    public void commit() throws IOException {
        requireOpen();
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
    }

    /** Deletes the temporary directory and everything in it; the target is untouched. */
    public void discard() throws IOException {
        if (open) {
            open = false;
            deleteTree(temp);
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("output directory for " + target + " was already committed or discarded");
        }
    }

    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IOException(target + " exists and is not a directory");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(target)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !Files.isRegularFile(target.resolve(Summary.FILE))) {
            throw new IOException(target + " is neither empty nor an earlier gigasim output (no " + Summary.FILE
                    + "); refusing to replace it");
        }
    }

    /** Deletes a directory tree without following symbolic links out of it. */
    static void deleteTree(Path root) throws IOException {
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

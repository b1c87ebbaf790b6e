package org.gigasim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where a scenario's bytes come from: a file, or a catalog entry on the class path. A source
 * resolves the {@code extends:} of the scenario it holds: a name ending in {@code .yaml},
 * {@code .yml} or {@code .json} is a path relative to it, anything else a catalog name.
 */
interface ScenarioSource {

    /** How problems and outputs name it: the path as given, or {@code catalog/NAME.yaml}. */
    String name();

    /** What makes two sources the same, for cycle detection. */
    String identity();

    /** Its bytes, at most {@link ScenarioMapper#MAX_BYTES}. */
    byte[] bytes();

    /** Whether it is JSON rather than YAML. */
    default boolean json() {
        return name().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The source that {@code extends: ref} in this one names. */
    ScenarioSource resolve(String ref);

    /** The source a user named on the command line or in code. */
    static ScenarioSource of(String pathOrCatalogName) {
        Path path;
        try {
            path = Path.of(pathOrCatalogName);
        } catch (java.nio.file.InvalidPathException e) {
            return new CatalogSource(pathOrCatalogName);
        }
        // Anything but a folder that exists is a file (a pipe or device is then refused as one).
        boolean isFile = isPath(pathOrCatalogName)
                || Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path);
        return isFile ? new FileSource(path) : new CatalogSource(pathOrCatalogName);
    }

    private static boolean isPath(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }

    /** A scenario file. */
    record FileSource(Path path) implements ScenarioSource {
        public String name() {
            return path.toString();
        }

        public String identity() {
            return path.toAbsolutePath().normalize().toString();
        }

        public byte[] bytes() {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw problem(name(), Files.isSymbolicLink(path) ? "is a symbolic link to a file that does not exist"
                        : "no such file");
            } catch (FileSystemException e) {
                throw problem(name(), Files.isSymbolicLink(path)
                        ? "is a symbolic link that cannot be followed (it may loop back on itself)"
                        : "cannot be read: " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
            } catch (IOException e) {
                throw problem(name(), "cannot be read: " + e.getMessage());
            }
            if (attributes.isDirectory()) {
                throw problem(name(), "is a directory, not a scenario file");
            }
            if (!attributes.isRegularFile()) {
                // A pipe or a device (/dev/zero) would block or never end.
                throw problem(name(), "is not a regular file (a pipe, device or socket); give a scenario file");
            }
            if (attributes.size() > ScenarioMapper.MAX_BYTES) {
                throw problem(name(), ScenarioSource.tooLarge());
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes(ScenarioMapper.MAX_BYTES + 1);   // the file may grow while read
                if (bytes.length > ScenarioMapper.MAX_BYTES) {
                    throw problem(name(), ScenarioSource.tooLarge());
                }
                checkLines(name(), bytes);
                return bytes;
            } catch (IOException e) {
                throw problem(name(), "cannot be read: " + e.getMessage());
            }
        }

        public ScenarioSource resolve(String ref) {
            if (!isPath(ref)) {
                return new CatalogSource(ref);
            }
            Path dir = path.getParent();
            return new FileSource(dir == null ? Path.of(ref) : dir.resolve(ref).normalize());
        }
    }

    /** A catalog scenario, such as {@code tutorial/one-cloud-one-lab}. */
    record CatalogSource(String catalogName) implements ScenarioSource {
        public String name() {
            return Catalog.source(catalogName);
        }

        public String identity() {
            return name();
        }

        public byte[] bytes() {
            return Catalog.bytes(catalogName).orElseThrow(() -> problem(catalogName,
                    "no such scenario file or catalog scenario; the catalog has: " + String.join(", ", Catalog.names())));
        }

        public ScenarioSource resolve(String ref) {
            if (!isPath(ref)) {
                return new CatalogSource(ref);
            }
            int slash = catalogName.lastIndexOf('/');
            String relative = (slash < 0 ? "" : catalogName.substring(0, slash + 1)) + ref;
            String normalized = Path.of(relative).normalize().toString().replace('\\', '/');
            int dot = normalized.lastIndexOf('.');
            return new CatalogSource(normalized.substring(0, dot));
        }
    }

    private static String tooLarge() {
        return "is larger than the " + ScenarioMapper.MAX_BYTES / (1024 * 1024) + " MB a scenario may be";
    }

    /** The longest line a scenario file may have, in bytes: far past any field's limit. */
    static final int MAX_LINE_BYTES = 100_000;

    /**
     * Refuses a line longer than {@link #MAX_LINE_BYTES} (the YAML reader copies its window
     * for every part of a long token, so a multi-megabyte line took it half a minute) and a
     * control character, which YAML does not allow and its reader reports without a place.
     */
    private static void checkLines(String source, byte[] bytes) {
        int line = 1;
        int start = 0;
        int column = 0;   // characters so far on the line: UTF-8 continuation bytes do not start one
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                int b = bytes[i] & 0xFF;
                if ((b & 0xC0) != 0x80) {
                    column++;
                }
                if (b < 0x20 && b != '\t' && b != '\r' || b == 0x7F) {
                    throw new ScenarioException(List.of(new Problem(source, line, column, String.format(
                            "a control character (0x%02X) is not allowed in a scenario file; delete it", b))));
                }
            }
            if (i == bytes.length || bytes[i] == '\n') {
                if (i - start > MAX_LINE_BYTES) {
                    throw new ScenarioException(List.of(new Problem(source, line, 1, "this line is " + (i - start)
                            + " bytes long, more than the " + MAX_LINE_BYTES + " a scenario line may have; no field"
                            + " needs so long a value")));
                }
                line++;
                start = i + 1;
                column = 0;
            }
        }
    }

    private static ScenarioException problem(String source, String message) {
        return new ScenarioException(List.of(new Problem(source, 0, 0, message)));
    }
}

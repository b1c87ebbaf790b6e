package org.gigasim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The scenarios shipped with gigasim, read from the class path under {@code catalog/}
 * (from the module's {@code catalog} folder, in the jar or in a build directory), or, when
 * the system property {@value #DIR_PROPERTY} names a folder, from that folder: the launcher
 * points it at the source tree's {@code scenarios/catalog}, so an edited catalog file needs
 * no rebuild. A name is the path below {@code catalog/} without {@code .yaml}, such as
 * {@code tutorial/one-cloud-one-lab}.
 */
final class Catalog {

    static final String ROOT = "catalog";
    /** The system property naming a catalog folder to read instead of the class path's. */
    static final String DIR_PROPERTY = "gigasim.catalog.dir";

    private Catalog() {
    }

    /** Where the scenario {@code name} is read from, as reported in problems and outputs. */
    static String source(String name) {
        return ROOT + "/" + name + ".yaml";
    }

    /** The bytes of the scenario {@code name}, if the catalog has it. */
    static Optional<byte[]> bytes(String name) {
        if (!name.matches("[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*") || name.contains("..")) {
            return Optional.empty();
        }
        Optional<Path> dir = folder();
        if (dir.isPresent()) {
            Path file = dir.get().resolve(name + ".yaml");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(in.readNBytes(ScenarioMapper.MAX_BYTES + 1));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(source(name))) {
            return in == null ? Optional.empty() : Optional.of(in.readNBytes(ScenarioMapper.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source(name), e);
        }
    }

    /** Every catalog name, sorted. */
    static List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        try {
            if (folder().isPresent()) {
                addFromDirectory(folder().get(), names);
                return List.copyOf(names);
            }
            Enumeration<URL> roots = Catalog.class.getClassLoader().getResources(ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    addFromDirectory(Path.of(root.toURI()), names);
                } else if (root.getProtocol().equals("jar")) {
                    addFromJar((JarURLConnection) root.openConnection(), names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenario catalog", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the scenario catalog", e);
        }
        return List.copyOf(names);
    }

    /** The folder {@value #DIR_PROPERTY} names, if it names one. */
    private static Optional<Path> folder() {
        String dir = System.getProperty(DIR_PROPERTY, "");
        return dir.isBlank() || !Files.isDirectory(Path.of(dir)) ? Optional.empty() : Optional.of(Path.of(dir));
    }

    private static void addFromDirectory(Path root, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".yaml"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .forEach(f -> names.add(f.substring(0, f.length() - ".yaml".length())));
        }
    }

    private static void addFromJar(JarURLConnection connection, TreeSet<String> names) throws IOException {
        String prefix = ROOT + "/";
        connection.getJarFile().stream()
                .map(entry -> entry.getName())
                .filter(n -> n.startsWith(prefix) && n.endsWith(".yaml"))
                .forEach(n -> names.add(n.substring(prefix.length(), n.length() - ".yaml".length())));
    }
}

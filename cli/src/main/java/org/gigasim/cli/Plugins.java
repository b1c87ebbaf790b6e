package org.gigasim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --plugins DIR} option: the jars in DIR join the class path before any command
 * runs, so {@link java.util.ServiceLoader} finds the clause types they provide. The
 * {@code gigasim} launcher also puts its {@code plugins/} folder and {@code GIGASIM_PLUGINS}
 * on the class path itself; this option also serves {@code java -jar gigasim.jar}.
 */
final class Plugins {

    /** The name of the class loader of the plugins' classes, by which a failure in their code is told from gigasim's. */
    static final String LOADER_NAME = "gigasim-plugins";


    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** Adds the jars in {@code dir} (sorted by name) to the class loader commands load clauses from. */
    @Option(names = "--plugins", paramLabel = "DIR",
            description = {"Load clause plugins from the jars in DIR (repeatable; give it before the command).",
                "The gigasim launcher also loads its plugins/ folder and the folders in GIGASIM_PLUGINS."})
    void load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--plugins " + dir + ": not a folder; give the folder"
                    + " that holds the plugin jars");
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path is always a URL", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (jars.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--plugins " + dir + ": holds no .jar files");
        }
        Thread current = Thread.currentThread();
        current.setContextClassLoader(new URLClassLoader(LOADER_NAME, jars.toArray(URL[]::new),
                current.getContextClassLoader()));
    }
}

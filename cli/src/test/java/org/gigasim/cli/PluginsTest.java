package org.gigasim.cli;

import static org.gigasim.cli.Cli.gigasim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gigasim --plugins DIR}: a clause type in a jar built here, outside gigasim, joins the
 * schema; a folder that is missing or holds no jar is refused with one message.
 */
class PluginsTest {

    @TempDir
    Path dir;

    @Test
    void aPluginJarsClauseTypeAppearsInTheSchema() throws IOException {
        Path plugins = pluginJar();
        Cli.Result with = gigasim("--plugins", plugins.toString(), "schema");
        assertEquals(0, with.status(), with.err());
        assertTrue(with.out().contains("\"clause_spend_limit\""), "the plugin's clause type is missing");
        assertTrue(with.out().contains("\"max_usd\""), "the plugin's parameter is missing");
        assertFalse(gigasim("schema").out().contains("spend_limit"), "the plugin outlived its command");
    }

    @Test
    void aMissingFolderOrOneWithoutJarsIsRefused() throws IOException {
        Cli.Result missing = gigasim("--plugins", dir.resolve("nowhere").toString(), "list");
        assertEquals(2, missing.status());
        assertEquals("gigasim: --plugins " + dir.resolve("nowhere") + ": not a folder; give the folder that holds the"
                + " plugin jars\nRun 'gigasim --help' for the options.\n", missing.err());
        Files.createDirectories(dir.resolve("empty"));
        Cli.Result empty = gigasim("--plugins", dir.resolve("empty").toString(), "list");
        assertEquals(2, empty.status());
        assertTrue(empty.err().startsWith("gigasim: --plugins " + dir.resolve("empty") + ": holds no .jar files"),
                empty.err());
    }

    /** Compiles a one-clause plugin against gigasim's model and jars it with its services entry. */
    private Path pluginJar() throws IOException {
        Path src = dir.resolve("src/org/example/SpendLimit.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package org.example;

                import java.util.List;
                import org.gigasim.model.clause.ClauseProvider;
                import org.gigasim.model.clause.ClauseType;

                public final class SpendLimit implements ClauseProvider {
                    public record Params(Double maxUsd) {
                    }

                    static final ClauseType<Params> TYPE = new ClauseType<>("spend-limit", Params.class,
                            (params, contract) -> () -> "spend-limit");

                    @Override
                    public List<ClauseType<?>> clauseTypes() {
                        return List.of(TYPE);
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, status, "the plugin does not compile");
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        try (OutputStream file = Files.newOutputStream(plugins.resolve("spend-limit.jar"));
                JarOutputStream jar = new JarOutputStream(file)) {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                    jar.write(Files.readAllBytes(f));
                }
            }
            jar.putNextEntry(new JarEntry("META-INF/services/org.gigasim.model.clause.ClauseProvider"));
            jar.write("org.example.SpendLimit\n".getBytes(StandardCharsets.UTF_8));
        }
        return plugins;
    }
}

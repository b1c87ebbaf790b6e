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

    @Test
    void aPluginThatThrowsIsNamedAsTheFaultNotGigasim() throws IOException {
        Path plugins = pluginJar("Boom", """
                package org.example;

                import java.util.List;
                import org.gigasim.model.clause.Clause;
                import org.gigasim.model.clause.ClauseProvider;
                import org.gigasim.model.clause.ClauseType;
                import org.gigasim.model.clause.RoutingRules;

                public final class Boom implements ClauseProvider {
                    public record Params() {
                    }

                    static final ClauseType<Params> TYPE = new ClauseType<>("boom", Params.class,
                            (params, contract) -> new Clause() {
                                public String type() {
                                    return "boom";
                                }

                                public void onRouting(RoutingRules rules) {
                                    throw new IllegalStateException("a student's mistake");
                                }
                            });

                    @Override
                    public List<ClauseType<?>> clauseTypes() {
                        return List.of(TYPE);
                    }
                }
                """);
        Path scenario = Files.writeString(dir.resolve("boom.yaml"), """
                extends: tutorial/one-cloud-one-lab
                name: boom
                contracts:
                  - {id: acme-small-2026, clauses: [{type: boom}]}
                """);
        Cli.Result r = gigasim("--plugins", plugins.toString(), "run", scenario.toString(), "--replications", "1",
                "--no-charts", "--quiet", "--out", dir.resolve("out").toString());
        assertEquals(Main.EXIT_INTERNAL_ERROR, r.status(), r.err());
        assertTrue(r.err().startsWith("gigasim: a clause plugin failed: "), r.err());
        assertTrue(r.err().contains("IllegalStateException: a student's mistake"), r.err());
        assertTrue(r.err().strip().endsWith("The failure is in the plugin's code (gigasim-plugins//org.example.Boom$1"
                + ".onRouting(Boom.java:20)), not in gigasim; fix the plugin, or run without --plugins."), r.err());
        assertFalse(r.err().contains("This is a bug in gigasim"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
    }

    /** Compiles a one-clause plugin against gigasim's model and jars it with its services entry. */
    private Path pluginJar() throws IOException {
        return pluginJar("SpendLimit", """
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
    }

    /** Compiles the plugin class {@code name} of package org.example from {@code source} and jars it as one. */
    private Path pluginJar(String name, String source) throws IOException {
        Path src = dir.resolve("src/org/example/" + name + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, status, "the plugin does not compile");
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        try (OutputStream file = Files.newOutputStream(plugins.resolve(name + ".jar"));
                JarOutputStream jar = new JarOutputStream(file)) {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                    jar.write(Files.readAllBytes(f));
                }
            }
            jar.putNextEntry(new JarEntry("META-INF/services/org.gigasim.model.clause.ClauseProvider"));
            jar.write(("org.example." + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return plugins;
    }
}

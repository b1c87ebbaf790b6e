package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar spark-submit runs: what it carries, and that it runs on Spark's class path in its own JVM. */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "gigasim-spark.jar");
    private static final Path SPARK_CLASSPATH = Path.of("target", "spark-classpath.txt");

    @Test
    void carriesGigasimWithItsJacksonAndSnakeYamlMovedAsideAndNoSpark() throws IOException {
        List<String> names;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            names = jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
        }
        assertTrue(names.contains("org/gigasim/spark/SparkMain.class"));
        assertTrue(names.contains("org/gigasim/shaded/jackson/databind/ObjectMapper.class"));
        assertTrue(names.contains("org/gigasim/shaded/snakeyaml/Yaml.class"));
        for (String outside : List.of("com/fasterxml/", "org/yaml/", "org/apache/spark/", "scala/", "org/apache/hadoop/")) {
            List<String> found = names.stream().filter(n -> n.contains(outside)).limit(3).toList();
            assertEquals(List.of(), found, outside + " must not be in the shaded jar");
        }
    }

    @Test
    void runsInItsOwnJvmOnSparksClassPath(@TempDir Path dir) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("spark.jvm.options").trim().split("\\s+")));
        command.add("-Dspark.master=local[2]");
        command.add("-Dspark.ui.enabled=false");
        command.add("-cp");
        command.add(JAR.toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(SPARK_CLASSPATH, StandardCharsets.UTF_8).strip());
        command.add("org.gigasim.spark.SparkMain");
        command.addAll(List.of("run", "tutorial/one-cloud-one-lab", "--replications", "3", "--quiet",
                "--out", dir.resolve("out").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.txt").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the Spark job did not finish in 3 minutes");
        String console = Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), console);
        assertTrue(console.contains("one-cloud-one-lab: 3 replication(s)"), console);
    }
}

package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** spark/run-local starts Java with the same Spark options as the module's tests (the surefire argLine). */
class SparkJvmOptionsTest {

    @Test
    void runLocalPassesTheOptionsTheTestsRunWith() throws IOException {
        List<String> script = Files.readAllLines(Path.of("run-local"));
        int start = script.indexOf("spark_jvm_options=(");
        int end = start + script.subList(start, script.size()).indexOf(")");
        List<String> inScript = script.subList(start + 1, end).stream().map(String::strip).toList();
        List<String> inTests = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(inScript::contains).toList();

        assertEquals(17, inScript.size(), "Spark 4.0's JavaModuleOptions less --add-modules and krb5: " + inScript);
        assertEquals(inScript, inTests);
    }
}

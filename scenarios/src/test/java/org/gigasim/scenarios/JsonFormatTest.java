package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatTest {

    @TempDir
    Path dir;

    @Test
    void jsonFileLoadsTheSameSpecAsTheEquivalentYaml() throws IOException {
        Path yaml = ScenarioLoaderTest.resource("everything.yaml");
        JsonNode tree = new YAMLMapper().readTree(yaml.toFile());
        Path json = dir.resolve("everything.json");
        Files.writeString(json, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        assertEquals(ScenarioLoader.load(yaml), ScenarioLoader.load(json));
    }

    @Test
    void jsonErrorsNameLineAndColumn() throws IOException {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, """
                {
                  "name": "small",
                  "start": "2026-01-01",
                  "end": "2027-12-31",
                  "replicatoins": 3
                }
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(json));
        assertEquals(json + ":5:3: unknown field 'replicatoins'; did you mean 'replications'?", e.getMessage());
    }
}

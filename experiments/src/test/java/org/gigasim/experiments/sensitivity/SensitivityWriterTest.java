package org.gigasim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contents of sensitivity.csv and sensitivity.json. */
class SensitivityWriterTest {

    private static final Response SHARE = Response.of("compute_share@cloud=azure", 2032);
    private static final Response TOTAL = Response.of("unserved_h100e_hours");

    private static SensitivityResult result() {
        List<Factor> factors = List.of(Factor.range("labs.openai.demand_ratio", 0.8, 1.4),
                Factor.distributed("accelerators.tpu.h100e", new Distribution.Triangular(2.5, 3, 4)));
        return new SensitivityResult(Method.SOBOL, factors, List.of(SHARE, TOTAL), 4096, 42L, 1000, List.of(
                new SensitivityIndex("labs.openai.demand_ratio", SHARE, Index.S1, 0.3125, 0.25, 0.375),
                new SensitivityIndex("labs.openai.demand_ratio", SHARE, Index.ST, 1.0 / 3, 0.3, 0.36),
                new SensitivityIndex("accelerators.tpu.h100e", TOTAL, Index.S1, Double.NaN, Double.NaN, Double.NaN)));
    }

    @Test
    void csvHasOneTidyRowPerFigure(@TempDir Path dir) throws IOException {
        SensitivityWriter.write(dir, result(), Map.of());
        assertEquals("""
                factor,metric,year,index,value,ci95_low,ci95_high
                labs.openai.demand_ratio,compute_share@cloud=azure,2032,S1,0.3125,0.25,0.375
                labs.openai.demand_ratio,compute_share@cloud=azure,2032,ST,0.333333333333,0.3,0.36
                accelerators.tpu.h100e,unserved_h100e_hours,,S1,,,
                """, Files.readString(dir.resolve("sensitivity.csv")));
    }

    @Test
    void jsonDescribesTheDesignAndRepeatsTheFigures(@TempDir Path dir) throws IOException {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("scenario", "tutorial-two-clouds");
        SensitivityWriter.write(dir, result(), about);
        JsonNode root = new ObjectMapper().readTree(dir.resolve("sensitivity.json").toFile());
        assertEquals("tutorial-two-clouds", root.get("scenario").asText());
        assertEquals("scenario", root.fieldNames().next());
        assertEquals("sobol", root.get("method").asText());
        assertEquals(4096, root.get("runs").asInt());
        assertEquals(42, root.get("seed").asLong());
        assertEquals(0.8, root.get("factors").get(0).get("low").asDouble(), 0.0);
        assertEquals(2.5, root.get("factors").get(1).get("distribution").get("triangular").get("min").asDouble(), 0.0);
        assertEquals(2032, root.get("responses").get(0).get("year").asInt());
        assertTrue(root.get("responses").get(1).get("year").isNull());
        JsonNode first = root.get("indices").get(0);
        assertEquals("S1", first.get("index").asText());
        assertEquals(0.375, first.get("ci95_high").asDouble(), 0.0);
        assertTrue(root.get("indices").get(2).get("value").isNull());
    }

    @Test
    void theSameResultGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectory(dir.resolve("one"));
        Path two = Files.createDirectory(dir.resolve("two"));
        SensitivityResult result = SobolIshigamiTest.analyze(64, 3L);
        SensitivityWriter.write(one, result, Map.of("scenario", "ishigami"));
        SensitivityWriter.write(two, SobolIshigamiTest.analyze(64, 3L), Map.of("scenario", "ishigami"));
        for (String file : List.of("sensitivity.csv", "sensitivity.json")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
    }
}

package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every calibration figure the catalog, the studies and the docs cite by its path, such as
 * {@code financials.oracle_rpo.oci_revenue_plan} or {@code deals.openai_aws.trainium_gw}, is an
 * entry of {@code calibration/public-figures.yaml}. A citation may leave out levels of the
 * path that only group entries ({@code deals.openai_microsoft_2025_10.api_exclusivity} for
 * {@code ...2025_10.terms.api_exclusivity}, {@code market_indices.h100_spot} for the index under
 * {@code clouds.pricing_usd_per_accel_hour}), but every name it gives must be there, in order.
 *
 * <p>What counts as a citation: a dotted name whose first part is a top-level group of the file
 * and whose second part is one of that group's entries, or, for a shortened citation, whose
 * first two parts are both names in the file. Scenario paths such as
 * {@code clouds.azure.other_backlog_usd} start with a group but not with one of its entries, so
 * they are not taken for citations.
 */
class CalibrationReferencesTest {

    private static final Path FIGURES = Path.of("..", "calibration", "public-figures.yaml");
    private static final Path CATALOG = Path.of("catalog");
    private static final Path STUDIES = Path.of("studies");
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w./-])([a-z][a-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)(?![\\w-])");

    private static JsonNode figures;
    /** Every path of the file, as its list of names from the top. */
    private static final List<List<String>> PATHS = new ArrayList<>();
    private static final Set<String> NAMES = new TreeSet<>();

    @BeforeAll
    static void readTheFigures() throws IOException {
        figures = new ObjectMapper(new YAMLFactory()).readTree(FIGURES.toFile());
        collect(figures, new ArrayList<>());
    }

    private static void collect(JsonNode node, List<String> path) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            List<String> child = new ArrayList<>(path);
            child.add(name);
            PATHS.add(child);
            NAMES.add(name);
            collect(node.get(name), child);
        }
    }

    @Test
    void everyCitedFigureIsAnEntryOfTheFile() throws IOException {
        List<String> unresolved = new ArrayList<>();
        int cited = 0;
        for (Path file : citingFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (String citation : citations(lines.get(i))) {
                    cited++;
                    if (!resolves(List.of(citation.split("\\.")))) {
                        unresolved.add(file + ":" + (i + 1) + ": " + citation);
                    }
                }
            }
        }
        assertTrue(cited > 0, "no citation found: the scan is broken");
        assertEquals(List.of(), unresolved, "citations that name no entry of " + FIGURES);
    }

    @Test
    void everyCatalogQuestionCitesItsFigures() throws IOException {
        try (Stream<Path> files = Files.list(CATALOG)) {
            List<Path> questions = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(questions.isEmpty());
            for (Path file : questions) {
                boolean cites = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .anyMatch(line -> !citations(line).isEmpty());
                assertTrue(cites, file + " cites no entry of " + FIGURES);
            }
        }
    }

    /** The rule itself, on names of the file and on names that are not in it. */
    @Test
    void theRuleTellsCitationsFromScenarioPathsAndCatchesAWrongName() {
        assertEquals(List.of("financials.oracle_rpo"), citations("(financials.oracle_rpo FY26Q3)"));
        assertEquals(List.of(), citations("--set clouds.azure.other_backlog_usd=0"));
        assertTrue(resolves(List.of("deals", "openai_microsoft_2025_10", "api_exclusivity")));
        assertTrue(resolves(List.of("market_indices", "h100_spot")));
        assertFalse(resolves(List.of("financials", "oracle_rpo", "oci_revenue_plans")));
        assertFalse(resolves(List.of("deals", "api_exclusivity", "openai_microsoft_2025_10")), "names out of order");
    }

    private static List<Path> citingFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> catalog = Stream.concat(Files.walk(CATALOG), Files.walk(STUDIES));
                Stream<Path> docs = Files.list(DOCS)) {
            catalog.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** The citations on one line of text. */
    private static List<String> citations(String line) {
        List<String> found = new ArrayList<>();
        Matcher m = DOTTED.matcher(line);
        while (m.find()) {
            String[] names = m.group(1).split("\\.");
            JsonNode group = figures.get(names[0]);
            boolean cited = group != null ? group.has(names[1]) : NAMES.contains(names[0]) && NAMES.contains(names[1]);
            if (cited) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** Whether some path of the file holds these names in this order, ending with the last. */
    private static boolean resolves(List<String> names) {
        for (List<String> path : PATHS) {
            int matched = 0;
            for (String name : path) {
                if (matched < names.size() && name.equals(names.get(matched))) {
                    matched++;
                }
            }
            if (matched == names.size() && path.get(path.size() - 1).equals(names.get(names.size() - 1))) {
                return true;
            }
        }
        return false;
    }
}

package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract's site or region, and a class's regions, must name sites and regions the scenario has. */
class RegionReferencesTest {

    /** Two clouds with a site each; line numbers below refer to this text. */
    static final String VALID = """
            name: regions
            start: 2026-01-01
            end: 2027-12-31
            accelerators:
              - {id: gb200, vendor: nvidia, kw_it_per_chip: 1.85, h100e: 2.5}
            clouds:
              - id: azure
                sites:
                  - {id: azure-east, region: us-east, power: [{from: 2026-01-01, mw: 600}]}
              - id: aws
                sites:
                  - {id: aws-east, region: us-east-1, power: [{from: 2026-01-01, mw: 600}]}
            labs:
              - id: lab
                demand:
                  stateless_api: {h100e: 1000, regions: [us-east]}
            contracts:
              - id: c1
                lab: lab
                cloud: azure
                accelerator: gb200
                mw: 100
                start: 2026-01-01
                end: 2030-01-01
                price_usd_per_chip_hour: 3
                site: azure-east
            """;

    @TempDir
    Path dir;

    private List<String> problems(String text) throws IOException {
        return new ScenarioFiles(dir).problems(text);
    }

    @Test
    void theValidScenarioBindsSiteRegionAndClassRegions() throws IOException {
        Path file = dir.resolve("valid.yaml");
        Files.writeString(file, VALID);
        ScenarioSpec spec = ScenarioLoader.load(file);
        assertEquals("azure-east", spec.contracts().get(0).site());
        assertEquals(List.of("us-east"), spec.labs().get(0).demand().statelessApi().regions());
        Files.writeString(file, VALID.replace("site: azure-east", "region: us-east"));
        assertEquals("us-east", ScenarioLoader.load(file).contracts().get(0).region());
    }

    @Test
    void anUnknownSiteInAContractNamesItsLineAndColumn() throws IOException {
        assertEquals(List.of("F:26:11: unknown site 'azure-west'; did you mean 'azure-east'?"),
                problems(VALID.replace("site: azure-east", "site: azure-west")));
    }

    @Test
    void aSiteOfAnotherCloudIsRefused() throws IOException {
        assertEquals(List.of("F:26:11: contract c1: site 'aws-east' is not a site of cloud azure; known: "
                + "azure-east"), problems(VALID.replace("site: azure-east", "site: aws-east")));
    }

    @Test
    void anUnknownRegionInAContractNamesItsLineAndColumn() throws IOException {
        assertEquals(List.of("F:26:13: unknown region 'us-west'; did you mean 'us-east'?"),
                problems(VALID.replace("site: azure-east", "region: us-west")));
        assertEquals(List.of("F:26:13: contract c1: cloud azure has no site in region 'us-east-1'; did you mean "
                + "'us-east'?"), problems(VALID.replace("site: azure-east", "region: us-east-1")));
    }

    @Test
    void siteAndRegionTogetherAreRefused() throws IOException {
        List<String> problems = problems(VALID.replace("site: azure-east", "site: azure-east\n    region: us-east"));
        assertEquals(1, problems.size());
        // Reported at the first of the two fields.
        assertEquals("F:26:5: contract c1 needs at most one of site and region", problems.get(0));
    }

    @Test
    void anUnknownRegionOfAClassNamesItsLineAndColumn() throws IOException {
        assertEquals(List.of("F:16:46: unknown region 'eu-west'; known: us-east, us-east-1"),
                problems(VALID.replace("regions: [us-east]", "regions: [eu-west]")));
    }
}

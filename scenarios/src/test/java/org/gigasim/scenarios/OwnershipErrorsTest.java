package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab's own cloud and a lab inside a cloud's company: what a valid file says, and each mistake's message. */
class OwnershipErrorsTest {

    /** A valid scenario with a lab's own cloud; line numbers below refer to this text. */
    static final String VALID = """
            name: own
            start: 2026-01-01
            end: 2027-12-31
            accelerators:
              - {id: mi450, vendor: amd, kw_it_per_chip: 3.0, h100e: 4.0}
            clouds:
              - id: azure
                prices_usd_per_chip_hour: {mi450: {contract: 5, on_demand: 12}}
                sites:
                  - {id: azure-east, power: [{from: 2026-01-01, mw: 600}]}
              - id: openai-own
                kind: self
                owner: openai
                own_cost_usd_per_mw_hour: 926
                sites:
                  - {id: amd-campus, power: [{from: 2026-07-01, mw: 100}]}
            labs:
              - id: openai
              - id: mai
                internal_to: azure
            contracts:
              - {id: k, lab: mai, cloud: azure, accelerator: mi450, mw: 10, start: 2026-01-01, end: 2026-12-31, price_usd_per_chip_hour: 0}
            """;

    @TempDir
    Path dir;

    private List<String> problems(String text) throws IOException {
        return new ScenarioFiles(dir).problems(text);
    }

    @Test
    void theValidScenarioLoads() throws IOException {
        Path file = dir.resolve("valid.yaml");
        Files.writeString(file, VALID);
        ScenarioSpec spec = ScenarioLoader.load(file);
        assertEquals("openai", spec.clouds().get(1).owner());
        assertEquals(926, spec.clouds().get(1).ownCostUsdPerMwHour(), 0);
        assertEquals("azure", spec.labs().get(1).internalTo());
    }

    @Test
    void theOwnerMustBeADeclaredLab() throws IOException {
        assertEquals(List.of("F:13:12: cloud openai-own is owned by unknown lab 'opneai'; did you mean 'openai'?"),
                problems(VALID.replace("owner: openai", "owner: opneai")));
    }

    @Test
    void aSelfCloudNamesItsOwnerAndItsCost() throws IOException {
        assertEquals(List.of(
                        "F:12:11: cloud openai-own is kind self: name the lab whose capacity it is with owner: <lab id>;"
                                + " known: mai, openai",
                        "F:12:11: cloud openai-own is kind self: state what its owner pays to run it per facility"
                                + " MW-hour of the chips it owns with own_cost_usd_per_mw_hour (0 if it is sunk)"),
                problems(VALID.replace("    owner: openai\n    own_cost_usd_per_mw_hour: 926\n", "")));
    }

    @Test
    void onlyASelfCloudHasAnOwnerAndASelfCloudSellsNothing() throws IOException {
        assertEquals(List.of(
                        "F:8:12: cloud azure is kind hyperscaler: only a cloud of kind self (a lab's own capacity) has"
                                + " an owner; set kind: self or delete the owner",
                        "F:15:31: cloud openai-own is kind self and sells nothing: delete its prices_usd_per_chip_hour"
                                + " (its owner's cost is own_cost_usd_per_mw_hour)"),
                problems(VALID.replace("    prices_usd_per_chip_hour: {mi450: {contract: 5, on_demand: 12}}\n",
                                "    owner: openai\n")
                        .replace("    own_cost_usd_per_mw_hour: 926\n", "    own_cost_usd_per_mw_hour: 926\n"
                                + "    prices_usd_per_chip_hour: {mi450: {contract: 5, on_demand: 12}}\n")));
    }

    @Test
    void aSelfCloudSignsNoContracts() throws IOException {
        assertEquals(List.of("F:22:33: contract k is with cloud openai-own, the own capacity of lab openai (kind self),"
                        + " which signs no contracts: its chips serve its owner without one"),
                problems(VALID.replace("cloud: azure, accelerator", "cloud: openai-own, accelerator")
                        .replace("lab: mai, cloud", "lab: openai, cloud")));
    }

    @Test
    void anInternalLabNamesACloudThatSellsAndTakesNoPricedContractFromIt() throws IOException {
        assertEquals(List.of("F:20:18: lab mai is internal to cloud openai-own, which is a lab's own capacity (kind"
                        + " self); name a cloud that sells"),
                problems(VALID.replace("internal_to: azure", "internal_to: openai-own")));
        assertEquals(List.of("F:22:126: contract k: lab mai is internal to azure, so the contract is an internal"
                        + " allocation outside the cloud's backlog; state price_usd_per_chip_hour: 0"),
                problems(VALID.replace("price_usd_per_chip_hour: 0}", "price_usd_per_chip_hour: 4}")));
    }
}

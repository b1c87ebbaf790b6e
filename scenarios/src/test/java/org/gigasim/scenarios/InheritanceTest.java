package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InheritanceTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> problems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        return e.problems().stream().map(p -> p.toString().replace(dir + java.io.File.separator, "")).toList();
    }

    private Path base() throws IOException {
        return write("base.yaml", ScenarioErrorsTest.VALID
                + "events:\n  - {on: 2026-06-01, outage: {site: azure-east, duration_hours: 24}}\n");
    }

    @Test
    void childOverridesFieldsOfEntitiesById() throws IOException {
        base();
        Path child = write("child.yaml", """
                extends: base.yaml
                name: child
                contracts:
                  - {id: c1, mw: 250}
                """);
        ScenarioSpec spec = ScenarioLoader.load(child);
        assertEquals("child", spec.name());
        ContractSpec c1 = spec.contracts().get(0);
        assertEquals(250, c1.mw());
        assertEquals("gb200", c1.accelerator(), "fields the child does not state stay the parent's");
        assertEquals(1, c1.clauses().size());
        assertEquals(2, spec.accelerators().size());
    }

    @Test
    void nestedEntitiesMergeDeeplyAndNewIdsAppend() throws IOException {
        base();
        Path child = write("child.yaml", """
                extends: base.yaml
                clouds:
                  - id: azure
                    sites:
                      - {id: azure-east, pue: 1.4}
                      - {id: azure-west, power: [{from: 2026-01-01, mw: 50}]}
                """);
        ScenarioSpec spec = ScenarioLoader.load(child);
        assertEquals(2, spec.clouds().get(0).sites().size());
        assertEquals(1.4, spec.clouds().get(0).sites().get(0).pue());
        assertEquals(600, spec.clouds().get(0).sites().get(0).power().get(0).mw());
        assertEquals("azure-west", spec.clouds().get(0).sites().get(1).id());
    }

    @Test
    void removeTrueDeletesTheParentsEntity() throws IOException {
        base();
        Path child = write("child.yaml", """
                extends: base.yaml
                accelerators:
                  - {id: trn2, remove: true}
                """);
        assertEquals(List.of("gb200"), ScenarioLoader.load(child).accelerators().stream().map(a -> a.id()).toList());
    }

    @Test
    void eventsAppendAndListsWithoutIdsAreReplaced() throws IOException {
        base();
        Path child = write("child.yaml", """
                extends: base.yaml
                clouds:
                  - id: azure
                    sites:
                      - {id: azure-east, power: [{from: 2026-01-01, mw: 700}]}
                events:
                  - {on: 2027-01-01, change_demand: {lab: lab, factor: 0.5}}
                """);
        ScenarioSpec spec = ScenarioLoader.load(child);
        assertEquals(List.of("outage", "change_demand"), spec.events().stream().map(EventSpec::kind).toList());
        assertEquals(1, spec.clouds().get(0).sites().get(0).power().size());
        assertEquals(700, spec.clouds().get(0).sites().get(0).power().get(0).mw());
    }

    @Test
    void grandparentsMergeInOrderAndTheHashCoversTheChain() throws IOException {
        base();
        write("sub/middle.yaml", "extends: ../base.yaml\nreplications: 3\nseed: 9\n");
        Path child = write("sub/child.yaml", "extends: middle.yaml\nseed: 11\n");
        LoadedScenario loaded = ScenarioLoader.read(child);
        assertEquals(3, loaded.spec().replications());
        assertEquals(11L, loaded.spec().seed());
        assertNotEquals(ScenarioLoader.contentHash(Files.readAllBytes(child)), loaded.sha256());
    }

    @Test
    void catalogNamesCanBeExtended() throws IOException {
        Path child = write("child.yaml", "extends: tutorial/one-cloud-one-lab\nname: mine\n");
        ScenarioSpec spec = ScenarioLoader.load(child);
        assertEquals("mine", spec.name());
        assertEquals("acme-cloud", spec.clouds().get(0).id());
    }

    @Test
    void cyclesAreReportedWithTheChain() throws IOException {
        write("a.yaml", "extends: b.yaml\nname: a\n");
        write("b.yaml", "extends: a.yaml\nname: b\n");
        assertEquals(List.of("b.yaml:1:10: extends forms a cycle: a.yaml -> b.yaml -> a.yaml"),
                problems(dir.resolve("a.yaml")));
    }

    @Test
    void errorsInTheParentNameTheParentsLine() throws IOException {
        write("base.yaml", ScenarioErrorsTest.VALID.replace("mw: 100", "mw: -100"));
        Path child = write("child.yaml", "extends: base.yaml\nname: child\n");
        List<String> problems = problems(child);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("base.yaml:19:5: contract c1 mw must be"), problems.get(0));
    }

    @Test
    void errorsInTheChildNameTheChildsLine() throws IOException {
        base();
        Path child = write("child.yaml", "extends: base.yaml\ncontracts:\n  - {id: c1, lab: nobody}\n");
        assertEquals(List.of("child.yaml:3:19: unknown lab 'nobody'; known: lab"), problems(child));
    }

    @Test
    void aMissingParentIsReportedAtTheExtends() throws IOException {
        Path child = write("child.yaml", "name: child\nextends: nowhere.yaml\n");
        List<String> problems = problems(child);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("child.yaml:2:10: extends 'nowhere.yaml': no such file"), problems.get(0));
    }

    @Test
    void removingAnIdTheParentLacksIsAnError() throws IOException {
        base();
        Path child = write("child.yaml", "extends: base.yaml\nlabs:\n  - {id: other, remove: true}\n");
        assertEquals(List.of("child.yaml:3:17: remove: true deletes the parent scenario's entry with the same id,"
                + " but it has no 'other' here"), problems(child));
    }

    @Test
    void anEntryWithoutIdInAListMergedByIdIsAnError() throws IOException {
        base();
        Path child = write("child.yaml", "extends: base.yaml\nlabs:\n  - {demand: {}}\n");
        assertTrue(problems(child).get(0).startsWith("child.yaml:3:5: this list merges with the parent"), problems(child).toString());
    }

    @Test
    void extendsMustNameAScenario() throws IOException {
        Path child = write("child.yaml", "extends: [a, b]\nname: child\n");
        assertTrue(problems(child).get(0).startsWith("child.yaml:1:10: extends takes one scenario"), problems(child).toString());
    }
}

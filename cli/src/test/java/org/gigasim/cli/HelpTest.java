package org.gigasim.cli;

import static org.gigasim.cli.Cli.gigasim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help on every command, whole summaries, "did you mean" for typos, and shell completion. */
class HelpTest {

    /** Every subcommand gigasim has, read from picocli rather than listed here. */
    static Stream<String> commands() {
        return new CommandLine(new Main()).getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelpAndHWithItsUsageAndExitZero(String command) {
        for (String flag : List.of("--help", "-h")) {
            Cli.Result r = gigasim(command, flag);
            assertEquals(0, r.status(), command + " " + flag + ": " + r.err());
            assertTrue(r.out().contains("Usage: gigasim " + command), command + " " + flag + ": " + r.out());
            assertEquals("", r.err(), command + " " + flag);
        }
    }

    @Test
    void helpWinsOverAMissingRequiredScenario() {
        Cli.Result r = gigasim("run", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("--replications=N"), r.out());
        assertTrue(gigasim("help", "compare").out().contains("Usage: gigasim compare"));
    }

    @Test
    void theTopLevelHelpListsEveryCommandWithItsWholeOneSentenceSummary() {
        Cli.Result r = gigasim("--help");
        assertEquals(0, r.status(), r.err());
        String text = r.out().replaceAll("\\s+", " ");
        CommandLine main = new CommandLine(new Main());
        main.getSubcommands().forEach((name, sub) -> {
            String[] header = sub.getCommandSpec().usageMessage().header();
            String summary = header.length > 0 ? header[0] : sub.getCommandSpec().usageMessage().description()[0];
            summary = String.format(summary);   // picocli's texts are format strings: 95%% prints as 95%
            assertTrue(summary.endsWith("."), name + "'s summary is not a whole sentence: " + summary);
            assertTrue(text.contains(" " + name + " " + summary), name + ": '" + summary + "' not whole in " + r.out());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"rnu", "runn", "valdiate", "sweeep", "compair"})
    void aMistypedCommandGetsOneSuggestionAndExitTwo(String typed) {
        Cli.Result r = gigasim(typed, "baseline-2026");
        assertEquals(2, r.status());
        String wanted = switch (typed) {
            case "rnu", "runn" -> "run";
            case "valdiate" -> "validate";
            case "sweeep" -> "sweep";
            default -> "compare";
        };
        assertEquals("gigasim: unknown command '" + typed + "'; did you mean '" + wanted + "'?\n"
                + "Run 'gigasim --help' for the options.\n", r.err());
    }

    @Test
    void helpForAMistypedCommandNamesTheMistakeInsteadOfPrintingTheUsage() {
        Cli.Result r = gigasim("runn", "--help");
        assertEquals(2, r.status());
        assertEquals("gigasim: unknown command 'runn'; did you mean 'run'?\n"
                + "Run 'gigasim --help' for the options.\n", r.err());
        assertEquals("", r.out());
        // A command that exists still gets its help; a help option before it is gigasim's own.
        assertTrue(gigasim("run", "-h").out().contains("Usage: gigasim run"), "the help of run");
        assertEquals(0, gigasim("sweep", "--help").status());
        assertTrue(gigasim("--help", "sweep").out().startsWith("Usage: gigasim [-hV]"), "gigasim's help");
    }

    @Test
    void aCommandFarFromEveryNameListsThemAll() {
        Cli.Result r = gigasim("simulate");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("gigasim: unknown command 'simulate'; the commands are run, compare, sweep,"),
                r.err());
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        Cli.Result r = gigasim("run", "tutorial/one-cloud-one-lab", "--replicatons", "3");
        assertEquals(2, r.status());
        assertEquals("gigasim: unknown option '--replicatons'; did you mean '--replications'?\n"
                + "Run 'gigasim run --help' for the options.\n", r.err());
    }

    @Test
    void completionPrintsABashScriptThatKnowsEveryCommand() {
        Cli.Result r = gigasim("completion");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().lines().findFirst().orElse(""));
        assertTrue(r.out().contains("complete -F _complete_gigasim"), "no complete command");
        assertTrue(r.out().contains("bashcompinit"), "no zsh support");
        String commandList = r.out().lines().filter(l -> l.contains("local commands=")).findFirst().orElse("");
        Set<String> listed = Set.of(commandList.replaceAll(".*\"(.*)\".*", "$1").trim().split("\\s+"));
        commands().forEach(c -> assertTrue(listed.contains(c), c + " not completed: " + commandList));
        assertFalse(listed.contains("gigasim"), commandList);
    }

    @Test
    void didYouMeanCountsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, DidYouMean.distance("rnu", "run"));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
        assertEquals(0, DidYouMean.distance("list", "list"));
    }
}

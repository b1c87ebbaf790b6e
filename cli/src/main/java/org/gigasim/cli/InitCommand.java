package org.gigasim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gigasim init FILE --from SCENARIO}: writes a small scenario file that extends
 * another and states nothing else yet, with the parent's question and a commented example
 * override to start from. The file written always validates.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Write a new scenario file that extends another, ready to edit.",
        description = {"Write FILE: 'extends: SCENARIO', a name, the parent's question as a comment and a commented",
            "example override. Edit it, check it with 'gigasim validate FILE' and run it with 'gigasim run FILE'."})
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file to write (.yaml); it must not exist yet.")
    private Path file;

    @Option(names = "--from", paramLabel = "SCENARIO", required = true,
            description = "The scenario it extends: a catalog name such as baseline-2026, or a scenario file.")
    private String from;

    @Override
    public Integer call() {
        String fileName = file.getFileName().toString();
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".yaml")) {
            throw new UserInputException(file + ": give a file name ending in .yaml, such as my-scenario.yaml");
        }
        // Not followed: a link, even one to nowhere, is something there already, and writing would go through it.
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UserInputException(file + " exists already; choose another name or remove it first");
        }
        ScenarioSpec parent = RunCommand.load(from).spec();
        String name = name(fileName.substring(0, fileName.length() - ".yaml".length()));
        String text = text(extendsValue(), name, parent, file.getFileName().toString());
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + file + ": " + RunCommand.describe(e));
        }
        try {
            ScenarioLoader.read(file.toString());
        } catch (ScenarioException e) {
            throw new IllegalStateException("init wrote a scenario that does not load: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Wrote %s (extends %s). Edit it, then: gigasim validate %s%n", file,
                from, file);
        return 0;
    }

    /** What {@code extends:} says: the catalog name, or the parent file's path relative to the new file. */
    private String extendsValue() {
        String lower = from.toLowerCase(Locale.ROOT);
        boolean isFile = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")
                || Files.isRegularFile(Path.of(from));
        if (!isFile) {
            return from;
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return dir.relativize(Path.of(from).toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The file's stem as a scenario name: lower case, other characters as '-'. */
    static String name(String stem) {
        String name = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-").replaceFirst("^[^a-z0-9]+", "");
        return name.isEmpty() ? "my-scenario" : name;
    }

    static String text(String parentRef, String name, ScenarioSpec parent, String fileName) {
        StringBuilder text = new StringBuilder();
        text.append("# A scenario built on ").append(parentRef).append(": this file states only what it changes.\n");
        if (parent.question() != null && !parent.question().isBlank()) {
            text.append("# ").append(parentRef).append(" asks: ").append(parent.question().replaceAll("\\s+", " "))
                    .append('\n');
        }
        text.append("#\n")
                .append("# Check it with 'gigasim validate ").append(fileName).append("', run it with 'gigasim run ")
                .append(fileName).append("'.\n# Every field is described in docs/scenario-reference.md")
                .append(" ('gigasim schema --reference').\n\n")
                .append("extends: ").append(parentRef).append('\n')
                .append("name: ").append(name).append('\n')
                .append("# question: \"What changes if ...?\"\n\n")
                .append("# Override any field of the parent. Lists of entities (accelerators, clouds, sites, labs,\n")
                .append("# contracts) merge by id, field by field; events are added to the parent's. For example:\n");
        if (!parent.contracts().isEmpty()) {
            ContractSpec contract = parent.contracts().get(0);
            text.append("#\n# contracts:\n#   - id: ").append(contract.id()).append('\n')
                    .append("#     mw: ").append(number(contract.mw() * 2)).append("          # ")
                    .append(number(contract.mw())).append(" in ").append(parentRef).append('\n');
        }
        text.append("#\n# replications: 5\n");
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}

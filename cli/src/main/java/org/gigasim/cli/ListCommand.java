package org.gigasim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim list}: the catalog scenarios, each with the question it answers. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "List the catalog scenarios with the question each answers.",
        description = "List the catalog scenarios, one a line, each with the question it answers.")
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<String> names = ScenarioLoader.catalogNames();
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (String name : names) {
            String question;
            try {
                question = ScenarioLoader.loadCatalog(name).question();
            } catch (ScenarioException e) {
                question = "(does not load: " + e.problems().get(0) + ")";
            }
            out.println(String.format("%-" + width + "s  %s", name, question));
        }
        return 0;
    }
}

package org.gigasim.cli;

import java.util.concurrent.Callable;
import org.gigasim.scenarios.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim schema}: prints the JSON Schema of scenario files, or the field reference. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Print the JSON Schema of scenario files, or the field reference.",
        description = {"Print the JSON Schema of scenario files (editors use it to complete and",
    "check them), or with --reference the field reference in Markdown."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--reference", description = "Print the field reference (docs/scenario-reference.md) instead.")
    private boolean reference;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(reference ? ScenarioSchema.reference() : ScenarioSchema.json());
        spec.commandLine().getOut().flush();
        return 0;
    }
}

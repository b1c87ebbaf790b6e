package org.gigasim.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The modules' one-way dependencies, checked on the classes themselves (the POMs say the same):
 * {@code cli → {charts → results, experiments → {scenarios, results}}}, {@code scenarios → model},
 * {@code results → model}, {@code model → simulator-engine}. So the output format can be read
 * without the scenario loader, and charts never run an experiment.
 */
@AnalyzeClasses(packages = "org.gigasim", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("engine").definedBy("org.gigasim.engine..")
            .layer("model").definedBy("org.gigasim.model..")
            .layer("scenarios").definedBy("org.gigasim.scenarios..")
            .layer("results").definedBy("org.gigasim.results..")
            .layer("experiments").definedBy("org.gigasim.experiments..")
            .layer("charts").definedBy("org.gigasim.charts..")
            .layer("cli").definedBy("org.gigasim.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("charts").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("experiments").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("scenarios").mayOnlyBeAccessedByLayers("experiments", "cli")
            .whereLayer("results").mayOnlyBeAccessedByLayers("experiments", "charts", "cli")
            .whereLayer("model").mayOnlyBeAccessedByLayers("scenarios", "results", "experiments", "charts", "cli")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("model", "scenarios", "results", "experiments", "charts",
                    "cli");
}

package org.gigasim.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package rules inside the model: specs and clauses know nothing of the runtime world. */
@AnalyzeClasses(packages = "org.gigasim.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule specsAreLeaves = noClasses().that().resideInAPackage("org.gigasim.model.spec..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gigasim.model.world..", "org.gigasim.model.cloud..",
                    "org.gigasim.model.lab..", "org.gigasim.model.site..", "org.gigasim.model.contract..",
                    "org.gigasim.model.clause..", "org.gigasim.model.metrics..")
            .because("specs are plain data bound from scenario files");

    @ArchTest
    static final ArchRule clausesSeeOnlyTheirInterfaces = noClasses().that().resideInAPackage("org.gigasim.model.clause..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gigasim.model.world..", "org.gigasim.model.cloud..",
                    "org.gigasim.model.lab..", "org.gigasim.model.site..", "org.gigasim.model.contract..")
            .because("a clause acts through the decision-point interfaces, so a student's clause needs nothing else");

    @ArchTest
    static final ArchRule stateDoesNotReachUp = noClasses().that().resideInAnyPackage("org.gigasim.model.site..",
                    "org.gigasim.model.cloud..", "org.gigasim.model.lab..", "org.gigasim.model.contract..",
                    "org.gigasim.model.metrics..")
            .should().dependOnClassesThat().resideInAPackage("org.gigasim.model.world..")
            .because("the world drives the state classes, never the reverse");

    @ArchTest
    static final ArchRule modelDoesNotKnowFileFormats = noClasses().that().resideInAPackage("org.gigasim..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..", "org.jfree..");
}

package org.gigasim.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The kernel stays reusable: it depends on the JDK and Apache Commons, nothing else. */
@AnalyzeClasses(packages = "org.gigasim.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule engineDependsOnlyOnJdkAndCommons = classes()
            .that().resideInAPackage("org.gigasim.engine..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.gigasim.engine..", "java..", "javax.annotation..",
                    "org.apache.commons.rng..", "org.apache.commons.statistics..",
                    "org.apache.commons.numbers..");
}

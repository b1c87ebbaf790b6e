package org.gigasim.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

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

    /** Calls whose collections iterate in an order that changes from one JVM launch to the next. */
    private static final DescribedPredicate<JavaMethodCall> RANDOMISED_ORDER = new DescribedPredicate<>(
            "Map.of, Map.copyOf, Set.of, Set.copyOf or a hash-ordered Collector") {
        @Override
        public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            if (owner.equals("java.util.Map") || owner.equals("java.util.Set")) {
                return List.of("of", "copyOf", "ofEntries").contains(name);
            }
            return owner.equals("java.util.stream.Collectors") && List.of("toSet", "toMap", "toUnmodifiableSet",
                    "toUnmodifiableMap", "groupingBy", "groupingByConcurrent").contains(name);
        }
    };

    @ArchTest
    static final ArchRule nothingIteratesARandomisedOrder = noClasses().that().resideInAPackage("org.gigasim.model..")
            .should().callMethodWhere(RANDOMISED_ORDER)
            .because("Map.of/Set.of iterate in an order salted per JVM launch, so the same scenario and seed"
                    + " would give different outputs; keep file order with LinkedHashMap, List or TreeMap");

    @ArchTest
    static final ArchRule specsKeepFileOrder = noClasses().that().resideInAPackage("org.gigasim.model.spec..")
            .should().dependOnClassesThat().belongToAnyOf(HashMap.class, HashSet.class)
            .because("every collection a scenario file gives keeps the file's order");
}

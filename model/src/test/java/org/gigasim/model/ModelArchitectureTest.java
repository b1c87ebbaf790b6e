package org.gigasim.model;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.gigasim.model.world.routing.RoutingState;

/**
 * Package rules inside the model: specs and clauses know nothing of the runtime world, and
 * inside the world its parts (routing, procurement, settlement, observation) share only the
 * typed objects of {@code world.core} and {@code world.decision}, never reaching back into
 * {@code World} or into each other.
 */
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

    private static final String WORLD = "org.gigasim.model.world";
    private static final String[] ROOMS = {WORLD + ".routing..", WORLD + ".procurement..", WORLD + ".settlement..",
        WORLD + ".observation.."};

    @ArchTest
    static final ArchRule worldPartsDoNotReachBackIntoTheWorld = noClasses().that().resideInAnyPackage(
                    WORLD + ".core..", WORLD + ".decision..", WORLD + ".routing..", WORLD + ".procurement..",
                    WORLD + ".settlement..", WORLD + ".observation..")
            .should().dependOnClassesThat().resideInAPackage(WORLD)
            .because("World builds and drives its parts; they get what they need through small typed objects");

    @ArchTest
    static final ArchRule sharedWorldObjectsKnowNoPart = noClasses().that().resideInAnyPackage(WORLD + ".core..",
                    WORLD + ".decision..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOMS)
            .because("indices, ledger, contract terms and decision listeners are what the parts share");

    @ArchTest
    static final ArchRule observationReadsRoutingOnlyThroughItsState = noClasses().that()
            .resideInAPackage(WORLD + ".observation..")
            .should().dependOnClassesThat(resideInAPackage(WORLD + ".routing..").and(DescribedPredicate.not(type(RoutingState.class))))
            .because("observation reads the last routing decision, never the router's workings");

    @ArchTest
    static final ArchRule routingKnowsNoOtherPart = noClasses().that().resideInAPackage(WORLD + ".routing..")
            .should().dependOnClassesThat().resideInAnyPackage(WORLD + ".procurement..", WORLD + ".settlement..",
                    WORLD + ".observation..");

    @ArchTest
    static final ArchRule procurementKnowsNoOtherPart = noClasses().that().resideInAPackage(WORLD + ".procurement..")
            .should().dependOnClassesThat().resideInAnyPackage(WORLD + ".routing..", WORLD + ".settlement..",
                    WORLD + ".observation..");

    @ArchTest
    static final ArchRule settlementKnowsNoOtherPart = noClasses().that().resideInAPackage(WORLD + ".settlement..")
            .should().dependOnClassesThat().resideInAnyPackage(WORLD + ".routing..", WORLD + ".procurement..",
                    WORLD + ".observation..");

    @ArchTest
    static final ArchRule modelPackagesHaveNoCycles = slices().matching("org.gigasim.model.(**)").should()
            .beFreeOfCycles();

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

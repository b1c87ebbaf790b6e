package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.clause.ClauseType;
import org.gigasim.model.clause.example.MostFavouredNationClause;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every registered clause type: it binds from a parameters record of defaults and runs deterministically. */
class EveryClauseTest {

    static List<String> names() {
        return ClauseRegistry.standard().names();
    }

    /** The parameters record with every component absent (null, or zero for a primitive), so defaults apply. */
    static Record defaults(ClauseType<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.paramsType().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = !types[i].isPrimitive() ? null : types[i] == boolean.class ? false : 0;
        }
        return type.paramsType().getDeclaredConstructor(types).newInstance(values);
    }

    private static ScenarioSpec withClause(String name) throws ReflectiveOperationException {
        ClauseSpec clause = new ClauseSpec(name, null, Specs.START.plusDays(95), defaults(ClauseRegistry.standard()
                .get(name)));
        ScenarioSpec procurement = ClauseScenarios.procurement(List.of(clause), false);
        // A quarter end and a change of demand, so settlement and growth hooks act too.
        return new ScenarioSpec(name, "", procurement.start(), Specs.START.plusDays(100), 11L, 1, procurement.sample(),
                procurement.accelerators(), procurement.clouds(), procurement.labs(),
                procurement.contracts(), List.of(new org.gigasim.model.spec.EventSpec.ChangeDemand(
                        Specs.START.plusDays(30), "lab", 1.2, List.of())));
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyClauseRunsDeterministicallyFromItsDefaults(String name) throws ReflectiveOperationException {
        ScenarioSpec spec = withClause(name);
        ReplicationResult a = ClauseScenarios.run(spec);
        ReplicationResult b = ClauseScenarios.run(spec);
        assertEquals(a.recorder().series().keySet(), b.recorder().series().keySet());
        a.recorder().series().forEach((key, series) -> {
            for (int i = 0; i < series.size(); i++) {
                assertEquals(series.value(i), b.recorder().series().get(key).value(i), 0, key + " at " + series.time(i));
            }
        });
        assertEquals(a.trace(), b.trace());
        assertEquals(a.contracts().size(), b.contracts().size());
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyClauseKeepsItsTypeName(String name) throws ReflectiveOperationException {
        ClauseType<?> type = ClauseRegistry.standard().get(name);
        var contract = new org.gigasim.model.contract.Contract("k", "lab", "holder", "chip", 0, 0, 1, 1, 0, 10, 0, 1,
                0, "scenario");
        assertEquals(name, type.create(defaults(type), contract).type());
    }

    @org.junit.jupiter.api.Test
    void theExampleClauseCutsTheHoldersPriceToTheRivalsAndWinsTheTie() throws ReflectiveOperationException {
        var result = ClauseScenarios.run(ClauseScenarios.procurement(List.of(new ClauseSpec("most-favoured-nation",
                null, null, new MostFavouredNationClause.Params(null, null))), false));
        var deals = ClauseScenarios.signed(result);
        assertEquals(1, deals.size());
        assertEquals("holder", deals.get(0).cloud());
        assertEquals(1.0, deals.get(0).priceUsdPerChipHour(), 1e-12);
        assertEquals("most-favoured-nation", deals.get(0).decidedBy());
    }
}

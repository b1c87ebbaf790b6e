package org.gigasim.model.clause;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Clause types by name: the built-ins, plus those of every {@link ClauseProvider} on the
 * class path. Two types with one name are an error, found when the registry is built.
 */
public final class ClauseRegistry {

    private static final List<ClauseType<?>> BUILT_INS = List.of(
            RightOfFirstRefusalClause.TYPE,
            StatelessApiRoutingClause.TYPE,
            ExclusivityClause.TYPE,
            TakeOrPayClause.TYPE,
            CapacityPriorityClause.TYPE,
            FirstLaunchClause.TYPE);

    private final Map<String, ClauseType<?>> types;

    private ClauseRegistry(Map<String, ClauseType<?>> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    /** The built-in clause types and those found by {@link ServiceLoader}. */
    public static ClauseRegistry standard() {
        Map<String, ClauseType<?>> types = new TreeMap<>(builtIns().types);
        for (ClauseProvider provider : ServiceLoader.load(ClauseProvider.class)) {
            provider.clauseTypes().forEach(type -> register(types, type));
        }
        return new ClauseRegistry(types);
    }

    /** The built-in clause types only, without those of providers on the class path. */
    public static ClauseRegistry builtIns() {
        Map<String, ClauseType<?>> types = new TreeMap<>();
        BUILT_INS.forEach(type -> register(types, type));
        return new ClauseRegistry(types);
    }

    private static void register(Map<String, ClauseType<?>> types, ClauseType<?> type) {
        if (types.putIfAbsent(type.name(), type) != null) {
            throw new IllegalStateException("two clause types are named '" + type.name() + "'");
        }
    }

    /** The type named {@code name}, if registered. */
    public Optional<ClauseType<?>> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The type named {@code name}; fails with the list of known names if none is. */
    public ClauseType<?> get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown clause type '" + name + "'; known types: " + String.join(", ", names())));
    }

    /** Every registered name, sorted. */
    public List<String> names() {
        return List.copyOf(types.keySet());
    }
}

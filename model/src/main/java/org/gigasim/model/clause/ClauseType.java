package org.gigasim.model.clause;

/**
 * A kind of clause: its name in scenario files, the record its parameters bind to, and
 * how to make a clause from those parameters for one contract.
 *
 * @param <P> the parameters record
 */
public record ClauseType<P extends Record>(String name, Class<P> paramsType, Factory<P> factory) {

    /** Makes a clause of this type for a contract. */
    @FunctionalInterface
    public interface Factory<P extends Record> {
        Clause create(P params, ClauseHolder contract);
    }

    /** Makes a clause from parameters already bound to {@link #paramsType()}. */
    public Clause create(Record params, ClauseHolder contract) {
        return factory.create(paramsType.cast(params), contract);
    }
}

package org.gigasim.model.clause;

/** What a clause knows of the contract that carries it. */
public interface ClauseHolder {

    /** The contract id. */
    String contractId();

    /** The lab that signed the contract. */
    String lab();

    /** The cloud that sells the capacity. */
    String cloud();
}

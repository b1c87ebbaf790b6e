package org.gigasim.model.world.procurement;

import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.ContractSpec;

/** Signs a contract into the world: it enters its cloud's backlog and routing, and its clauses take effect. */
@FunctionalInterface
public interface ContractSigner {

    /** Signs {@code spec} at {@code signedHours}; {@code decidedBy} is the clause type that decided it, or the policy. */
    Contract sign(ContractSpec spec, double signedHours, String decidedBy);
}

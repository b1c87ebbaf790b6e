package org.gigasim.model.world.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.contract.Contract;

/**
 * Every contract signed so far, in signing order, by id and per lab. Sums over a lab's
 * contracts run in signing order, so they add up the same way in every run.
 */
public final class Contracts {

    private final List<Contract> all = new ArrayList<>();
    private final List<Contract> allView = Collections.unmodifiableList(all);
    private final Map<String, Contract> byId = new HashMap<>();
    private final List<List<Contract>> byLab = new ArrayList<>();
    private final List<List<Contract>> byLabView = new ArrayList<>();

    public Contracts(int labs) {
        for (int l = 0; l < labs; l++) {
            List<Contract> list = new ArrayList<>();
            byLab.add(list);
            byLabView.add(Collections.unmodifiableList(list));
        }
    }

    public void add(Contract contract) {
        all.add(contract);
        byId.put(contract.contractId(), contract);
        byLab.get(contract.labIndex()).add(contract);
    }

    /** The contract with {@code id}, or null. */
    public Contract get(String id) {
        return byId.get(id);
    }

    /** Every contract, in signing order (read-only, grows as contracts are signed). */
    public List<Contract> all() {
        return allView;
    }

    /** Lab {@code l}'s contracts, in signing order (read-only, grows as contracts are signed). */
    public List<Contract> ofLab(int l) {
        return byLabView.get(l);
    }
}

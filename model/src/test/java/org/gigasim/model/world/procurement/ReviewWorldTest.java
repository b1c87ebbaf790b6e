package org.gigasim.model.world.procurement;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.DeferralSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ProcurementSpec;

/**
 * What the by-hand tests of a procurement review share: a {@link ReviewWorld} built per test,
 * its rig and procurement, and short names for its policy, holdings and signings.
 */
abstract class ReviewWorldTest {

    ReviewWorld world;
    Rig rig;
    Procurement procurement;

    void build(LabSpec... labs) {
        build(List.of(), labs);
    }

    /** Builds the world with the scenario's dated {@code events}. */
    void build(List<EventSpec> events, LabSpec... labs) {
        world = new ReviewWorld(events, labs);
        rig = world.rig;
        procurement = world.procurement;
    }

    static ProcurementSpec policy(double maxShare, boolean renew, Double penalty) {
        return ReviewWorld.policy(maxShare, renew, penalty);
    }

    Contract hold(String id, String cloud, double mw, LocalDate start, LocalDate last, DeferralSpec deferral) {
        return world.hold(id, cloud, mw, start, last, deferral);
    }

    List<String> signed() {
        return world.signed();
    }
}

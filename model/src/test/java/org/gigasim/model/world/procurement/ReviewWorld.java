package org.gigasim.model.world.procurement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DeferralSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;

/**
 * The world of the procurement review tests ({@link Rig}: 2 effective H100e per b chip, 0.9 per g chip;
 * 1.5 MW is 1 000 b chips). A lab needing 10 000 effective H100e of stateless inference, with an expected
 * training load of 2 000 and 20% headroom, needs 14 400 without growth. It looks a year ahead, asks for a
 * start 10 days (240 h) out and signs 1-year contracts ramping over two months, so a contract of {@code c}
 * chips holds c × (720 × 0.25 + 720 × 0.75 + 7 320) = 8 040·c chip-hours. {@code cloud} has 12 000 b and
 * 6 000 g chips and lists b at 3.1, g at 1.9 (1.55 and 2.11 per effective H100e-hour); {@code rival} has
 * 5 000 b and 3 000 g and lists b at 2.9, g at 2.2 (1.45 and 2.44). It earns nothing at the start.
 */
final class ReviewWorld {

    final Rig rig;
    final Procurement procurement;

    ReviewWorld(LabSpec... labs) {
        this(List.of(), labs);
    }

    /** The world with the scenario's dated {@code events} (which nothing here carries out: procurement only reads them). */
    ReviewWorld(List<EventSpec> events, LabSpec... labs) {
        rig = new Rig(List.of(labs),
                List.of(Rig.cloud("cloud", prices(3.1, 1.9), null, null, Rig.site("s1", "cloud", 30, 12_000, 6_000)),
                        Rig.cloud("rival", prices(2.9, 2.2), null, null, Rig.site("s2", "rival", 20, 5_000, 3_000))));
        procurement = new Procurement(rig.indices, rig.clock, rig.contracts, l -> 2_000, l -> 0, rig::sign, rig.ledger,
                rig.listener, events);
    }

    static Map<String, PriceSpec> prices(double b, double g) {
        Map<String, PriceSpec> prices = new LinkedHashMap<>();
        prices.put("b", new PriceSpec(b, b + 1));
        prices.put("g", new PriceSpec(g, g + 1));
        return prices;
    }

    /** The lab's policy, with at most {@code maxShare} on one cloud. */
    static ProcurementSpec policy(double maxShare, boolean renew, Double penalty) {
        return Rig.policy(365, 10, maxShare, 1, 30, 1, 2, 1.2, renew, penalty);
    }

    /** A contract of lab {@code lab} for b chips at 2.75, signed before the run. */
    Contract hold(String id, String cloud, double mw, LocalDate start, LocalDate last, DeferralSpec deferral) {
        return rig.sign(new ContractSpec(id, "lab", cloud, "b", mw, start, last, null, 2.75, null, List.of(), null,
                null, deferral), 0, "scenario");
    }

    /** The contracts signed in decisions, as id, accelerator and effective H100e (to a millionth). */
    List<String> signed() {
        return rig.listener.named("signed").stream()
                .map(c -> c.str(1) + " " + c.str(4) + " " + Math.round(c.num(5) * 1e6) / 1e6).toList();
    }
}

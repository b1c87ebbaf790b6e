package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.ContractSpec;
import org.junit.jupiter.api.Test;

/**
 * A renewal reserves where the contract it renews did: at its site, or in its region; a pooled
 * contract renews pooled. In {@link CashFixture}'s world the one site, "site", is in region "east".
 */
class RenewalPlacementTest {

    @Test
    void aSiteBoundContractRenewsAtItsSite() {
        Contract renewal = renewalOf("site", null);
        assertEquals("site", renewal.site());
        assertEquals("east", renewal.region());
    }

    @Test
    void aRegionalContractRenewsInItsRegion() {
        Contract renewal = renewalOf(null, "east");
        assertNull(renewal.site());
        assertEquals("east", renewal.region());
    }

    @Test
    void aPooledContractRenewsPooled() {
        Contract renewal = renewalOf(null, null);
        assertNull(renewal.site());
        assertNull(renewal.region());
    }

    /**
     * 15 MW (10 000 chips) to 2026-06-30 for a lab needing 6 000 chips' worth: the first review, at the start,
     * renews it for 6 000 chips (ContractLifecycleTest works the figures), and the renewal is the second contract.
     */
    private static Contract renewalOf(String site, String region) {
        ContractSpec deal = new ContractSpec("deal", "lab", "cloud", "b", 15, CashFixture.START,
                LocalDate.of(2026, 6, 30), null, CashFixture.CONTRACT_PRICE, null, List.of(), site, region);
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 8, 31),
                CashFixture.lab(12_000, null, CashFixture.policy(365, 30, true, null)), List.of(deal), List.of()),
                CashFixture.decisions());
        Contract renewal = result.contracts().get(1);
        assertEquals("deal-r", renewal.contractId());
        assertEquals(6_000, renewal.fullChips(), 1e-6);
        return renewal;
    }
}

package org.gigasim.model.spec;

import java.time.LocalDate;
import java.util.List;

/** Something a scenario makes happen on a date: the world changes then, in every replication. */
public sealed interface EventSpec {

    /** The date the event happens (at 00:00 UTC). */
    LocalDate on();

    /** The event's name in scenario files, such as {@code outage}. */
    String kind();

    /** Takes a site, or every site of a region, down for {@code durationHours}. */
    record Outage(LocalDate on, String site, String region, double durationHours) implements EventSpec {
        public Outage {
            Checks.require("event on", on);
            if ((site == null) == (region == null)) {
                throw new IllegalArgumentException("outage needs exactly one of site and region");
            }
            Checks.positive("outage duration_hours", durationHours);
        }

        public String kind() { return "outage"; }
    }

    /** Ends a clause of a contract on this date. */
    record RelinquishClause(LocalDate on, String contract, String type) implements EventSpec {
        public RelinquishClause {
            Checks.require("event on", on);
            Checks.require("relinquish_clause contract", contract);
            Checks.require("relinquish_clause type", type);
        }

        public String kind() { return "relinquish_clause"; }
    }

    /** Moves the end date of a clause of a contract. */
    record AmendClause(LocalDate on, String contract, String type, LocalDate until) implements EventSpec {
        public AmendClause {
            Checks.require("event on", on);
            Checks.require("amend_clause contract", contract);
            Checks.require("amend_clause type", type);
            Checks.require("amend_clause until", until);
        }

        public String kind() { return "amend_clause"; }
    }

    /** Signs a contract on this date (its value enters the cloud's backlog then). */
    record SignContract(LocalDate on, ContractSpec contract) implements EventSpec {
        public SignContract {
            Checks.require("event on", on);
            Checks.require("sign_contract contract", contract);
        }

        public String kind() { return "sign_contract"; }
    }

    /**
     * Amends a signed contract from this date: its capacity ({@code mw}), its end date or
     * its price per chip-hour; an absent field stays as it was. The value of the remaining
     * term changes accordingly, and with it the cloud's backlog.
     */
    record AmendContract(LocalDate on, String contract, Double mw, LocalDate end, Double priceUsdPerChipHour)
            implements EventSpec {
        public AmendContract {
            Checks.require("event on", on);
            Checks.require("amend_contract contract", contract);
            if (mw == null && end == null && priceUsdPerChipHour == null) {
                throw new IllegalArgumentException("amend_contract needs at least one of mw, end and price_usd_per_chip_hour");
            }
            if (mw != null) {
                Checks.nonNegative("amend_contract mw", mw);
            }
            if (priceUsdPerChipHour != null) {
                Checks.nonNegative("amend_contract price_usd_per_chip_hour", priceUsdPerChipHour);
            }
        }

        public String kind() { return "amend_contract"; }
    }

    /** Adds a site to a cloud on this date. */
    record AddSite(LocalDate on, String cloud, SiteSpec site) implements EventSpec {
        public AddSite {
            Checks.require("event on", on);
            Checks.require("add_site cloud", cloud);
            Checks.require("add_site site", site);
        }

        public String kind() { return "add_site"; }
    }

    /** Adds a power milestone to an existing site. */
    record AddMilestone(LocalDate on, String site, PowerMilestoneSpec milestone) implements EventSpec {
        public AddMilestone {
            Checks.require("event on", on);
            Checks.require("add_milestone site", site);
            Checks.require("add_milestone milestone", milestone);
        }

        public String kind() { return "add_milestone"; }
    }

    /**
     * Multiplies a lab's demand (and so its forecast) by {@code factor} from this date:
     * 0.7 is a 30% cut. {@code classes} names the traffic classes; empty means all.
     */
    record ChangeDemand(LocalDate on, String lab, double factor, List<TrafficClass> classes) implements EventSpec {
        public ChangeDemand {
            Checks.require("event on", on);
            Checks.require("change_demand lab", lab);
            Checks.nonNegative("change_demand factor", factor);
            classes = Checks.list(classes);
        }

        public String kind() { return "change_demand"; }
    }

    /** Sets a cloud's list prices for an accelerator; an absent price stays as it was. */
    record ChangePrice(LocalDate on, String cloud, String accelerator, Double contract, Double onDemand)
            implements EventSpec {
        public ChangePrice {
            Checks.require("event on", on);
            Checks.require("change_price cloud", cloud);
            Checks.require("change_price accelerator", accelerator);
            // The same bounds as a cloud's prices, so a file that validates does not fail when the event fires.
            if (contract != null) {
                Checks.nonNegative("change_price contract", contract);
            }
            if (onDemand != null) {
                Checks.nonNegative("change_price on_demand", onDemand);
            }
        }

        public String kind() { return "change_price"; }
    }

    /**
     * The holder lab of {@code contract} breaches that contract's clause of {@code type} by its
     * contract {@code by}: the consequences are those the clause's {@code breach} terms state
     * (a penalty paid to the contract's cloud, an injunction delaying {@code by}).
     */
    record Breach(LocalDate on, String contract, String type, String by) implements EventSpec {
        public Breach {
            Checks.require("event on", on);
            Checks.require("breach contract", contract);
            Checks.require("breach type", type);
            Checks.require("breach by", by);
            if (by.equals(contract)) {
                throw new IllegalArgumentException("breach by names the contract whose clause is breached; name the"
                        + " lab's other contract that breaches it");
            }
        }

        public String kind() { return "breach"; }
    }
}

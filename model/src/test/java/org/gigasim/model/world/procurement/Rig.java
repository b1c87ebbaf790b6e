package org.gigasim.model.world.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.gigasim.engine.Simulation;
import org.gigasim.engine.random.Distribution;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.PricingSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.SupplySpec;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.ContractTerms;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;

/**
 * The procurement package's pieces wired by hand, with no unit factor: chip {@code b} is 2.5
 * H100e at 1.2 kW IT, chip {@code g} 1.5 H100e at 0.8 kW; sites run at PUE 1.25, so a b chip
 * draws 1.5 kW and a g chip 1 kW of facility power. The lab gets 0.8 of b's rating (2 effective
 * H100e a chip) and 0.6 of g's (0.9). A cloud lists b at 3.1 USD per chip-hour for contracts
 * (4.1 on demand) and g at 1.9 (2.6). Contracts are signed as the world signs them: into the
 * lab's and the cloud's lists.
 */
final class Rig {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final AcceleratorSpec B = new AcceleratorSpec("b", "nvidia", null, 1.2, 2.5, null, null, List.of());
    static final AcceleratorSpec G = new AcceleratorSpec("g", "other", null, 0.8, 1.5, null, null, List.of());

    final SimCalendar calendar = new SimCalendar(START);
    final Simulation sim = new Simulation();
    final Clock clock;
    final Indices indices;
    final Contracts contracts;
    final Ledger ledger = new Ledger();
    final List<String> decisions = new ArrayList<>();
    final RecordingDecisions listener = new RecordingDecisions(decisions);

    Rig(List<LabSpec> labs, List<Cloud> clouds, List<AcceleratorSpec> accelerators, double endHours) {
        clock = new Clock(sim, calendar, endHours);
        List<Lab> built = new ArrayList<>();
        RandomStreams streams = new RandomStreams(7, 0);
        for (LabSpec spec : labs) {
            built.add(new Lab(spec, calendar, streams));
        }
        indices = new Indices(built, clouds, accelerators);
        contracts = new Contracts(built.size());
    }

    /** A rig with chips b and g, a run of two years. */
    Rig(List<LabSpec> labs, List<Cloud> clouds) {
        this(labs, clouds, List.of(B, G), 17_520);
    }

    /**
     * The cash rule over this rig's contracts, with {@code servedInferenceH100e} per lab index. The
     * package's classes are built here alone, so a change in how they are made is one change here.
     */
    CommitmentLimit limit(IntToDoubleFunction servedInferenceH100e) {
        // No training load: these labs count revenue on what they serve now, which training does not enter.
        return new CommitmentLimit(indices, contracts, servedInferenceH100e, l -> 0);
    }

    /** The offers this rig's clouds make. */
    OfferBook book() {
        return new OfferBook(indices, clock);
    }

    Lab lab(int l) {
        return indices.lab(l);
    }

    Cloud cloud(String id) {
        return indices.cloud(id);
    }

    /** Signs {@code spec} as the world does: into the lab's and the cloud's contracts. */
    Contract sign(ContractSpec spec, double signedHours, String decidedBy) {
        Cloud cloud = indices.cloud(spec.cloud());
        ContractTerms terms = ContractTerms.of(spec, indices.accelerator(spec.accelerator()), cloud, calendar);
        Contract contract = terms.contract(spec, indices, signedHours, decidedBy, spec.region());
        contracts.add(contract);
        cloud.addContract(contract);
        decisions.add("signed " + spec.id() + " by " + decidedBy);
        return contract;
    }

    double hoursAt(LocalDate date) {
        return calendar.hoursAt(date);
    }

    /** The accelerators in world order, by id, as sites index them. */
    static Map<String, AcceleratorSpec> accelerators(List<AcceleratorSpec> list) {
        Map<String, AcceleratorSpec> map = new LinkedHashMap<>();
        list.forEach(a -> map.put(a.id(), a));
        return map;
    }

    /** A cloud listing b at 3.1 (4.1) and g at 1.9 (2.6), with {@code pricing} and {@code supply} if given. */
    static Cloud cloud(String id, PricingSpec pricing, SupplySpec supply, Site... sites) {
        Map<String, PriceSpec> prices = new LinkedHashMap<>();
        prices.put("b", new PriceSpec(3.1, 4.1));
        prices.put("g", new PriceSpec(1.9, 2.6));
        return cloud(id, prices, pricing, supply, sites);
    }

    /** A cloud listing {@code prices}, with {@code pricing} and {@code supply} if given. */
    static Cloud cloud(String id, Map<String, PriceSpec> prices, PricingSpec pricing, SupplySpec supply,
            Site... sites) {
        Cloud cloud = new Cloud(new CloudSpec(id, null, null, prices, null, null, null, List.of(), pricing, supply,
                null, null));
        for (Site site : sites) {
            cloud.addSite(site);
        }
        return cloud;
    }

    /** A site of {@code cloud} at PUE 1.25 with {@code mw} online (and planned at hour 0) and b and g chips delivered. */
    static Site site(String id, String cloud, double mw, double bChips, double gChips) {
        return site(id, cloud, mw, List.of(B, G), Map.of("b", bChips, "g", gChips));
    }

    /**
     * A site of {@code cloud} at PUE 1.25 in a world of {@code accelerators}, with {@code mw} online
     * (and planned at hour 0) and {@code chips} delivered.
     */
    static Site site(String id, String cloud, double mw, List<AcceleratorSpec> accelerators,
            Map<String, Double> chips) {
        Site site = new Site(new SiteSpec(id, "east", 1.25, null, null, null, null), cloud, accelerators(accelerators));
        site.addNominalMilestone(0, mw);
        site.addPower(mw);
        for (AcceleratorSpec acc : accelerators) {
            site.deliver(acc.id(), chips.getOrDefault(acc.id(), 0.0));
        }
        return site;
    }

    /**
     * A policy reviewing every {@code reviewDays} over {@code horizonDays} with {@code leadDays} of lead,
     * signing {@code contractYears} contracts ramping over {@code rampMonths}, first review at the start.
     */
    static ProcurementSpec policy(double horizonDays, double leadDays, double maxSharePerCloud, double priceWeight,
            double reviewDays, double contractYears, double rampMonths, double headroom, boolean renew,
            Double cancellationPenalty) {
        return new ProcurementSpec(horizonDays, leadDays, maxSharePerCloud, priceWeight, reviewDays, contractYears,
                rampMonths, headroom, renew, cancellationPenalty, new Distribution.Fixed(0));
    }

    /** A lab with flat stateless demand, 0.8 of b's rating and 0.6 of g's. */
    static LabSpec lab(String id, double statelessH100e, FinanceSpec finance, ProcurementSpec policy,
            String internalTo) {
        return lab(id, statelessH100e, 0.0, finance, policy, internalTo);
    }

    /** A lab with stateless demand growing by {@code growthPerYear}, 0.8 of b's rating and 0.6 of g's. */
    static LabSpec lab(String id, double statelessH100e, double growthPerYear, FinanceSpec finance,
            ProcurementSpec policy, String internalTo) {
        Map<String, List<EfficiencyStepSpec>> efficiency = new LinkedHashMap<>();
        efficiency.put("b", List.of(new EfficiencyStepSpec(START, 0.8)));
        efficiency.put("g", List.of(new EfficiencyStepSpec(START, 0.6)));
        return new LabSpec(id, new DemandSpec(new InferenceDemandSpec(statelessH100e, growthPerYear, null), null, null, null),
                efficiency, finance, policy, internalTo);
    }
}

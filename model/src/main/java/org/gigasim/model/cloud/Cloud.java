package org.gigasim.model.cloud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gigasim.engine.time.FiscalCalendar;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceSpec;

/**
 * A cloud's state. Whenever the world routes, it allocates its chips that are up to its active
 * contracts in signing order (a contract gets at most what it reserves), and what is left
 * of each accelerator is free for on-demand sale. Contracts reserved at a site or in a region
 * take only that scope's chips, before the pooled ones ({@link RegionalAllocation}). Its prices are its list prices times the
 * factors its {@link Pricing} gives for the share of its capacity the last routing decision
 * sold, so they change only at routing decisions; on-demand prices are read at the pricing's
 * {@code on_demand_level} when it names one.
 */
public final class Cloud {

    private final CloudSpec spec;
    private final FiscalCalendar fiscalCalendar;
    private final List<Site> sites = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final Map<String, PriceSpec> prices;
    private double[] freeChips = new double[0];
    private double[] upChips = new double[0];
    private boolean capacityChanged = true;
    private double[] onDemandPrices;
    /** Whether {@link #onDemandPrices} must be read again (a factor or a list price changed). */
    private boolean onDemandStale = true;
    /** The list prices by index of {@link #listedFor}, the accelerator id list they were read for. */
    private PriceSpec[] listedAt;
    private List<String> listedFor;
    private final Pricing pricing;
    private double soldShare;
    /** Whether the price factors were set from {@link #soldShare} (not before the first decision). */
    private boolean factorsSet;
    /** The on-demand list prices' multiplier that puts them at the level of {@code pricing.on_demand_level} (1 without one). */
    private final double onDemandScale;
    private double onDemandFactor;
    private double contractFactor = 1;
    /** Counts the changes of any price this cloud quotes (a factor or a list price). */
    private long priceChanges;
    private double revenueUsd;
    private double onDemandRevenueUsd;
    private double quarterRevenueUsd;
    private final RegionalAllocation regional = new RegionalAllocation(sites);
    /** Whether allocation goes through {@link RegionalAllocation}: a scoped contract, or routing by region. */
    private boolean byRegion;
    private double ownerCostUsd;
    private final boolean self;

    public Cloud(CloudSpec spec) {
        this.spec = spec;
        this.fiscalCalendar = new FiscalCalendar(spec.fiscalYearStartMonth());
        this.prices = new LinkedHashMap<>(spec.pricesUsdPerChipHour());
        this.pricing = spec.pricing() == null ? Pricing.FIXED : new Pricing(spec.pricing());
        this.self = spec.isSelf();
        this.onDemandScale = onDemandScale(spec);
        this.onDemandFactor = onDemandScale;
        if (self && spec.owner() == null) {
            throw new IllegalArgumentException("cloud " + spec.id() + " is kind self but names no owner lab");
        }
    }

    /**
     * The multiplier of every on-demand list price that reads them at the pricing's
     * {@code on_demand_level}: the level over the listed on-demand price of its accelerator, fixed
     * from the list at the start (a later list change moves prices by the same multiplier); 1 without one.
     */
    private static double onDemandScale(CloudSpec spec) {
        if (spec.pricing() == null || spec.pricing().onDemandLevel() == null) {
            return 1;
        }
        var level = spec.pricing().onDemandLevel();
        return level.usdPerChipHour() / spec.pricesUsdPerChipHour().get(level.accelerator()).onDemand();
    }

    /** Whether this cloud is a lab's own capacity: its chips serve its owner alone, without contracts. */
    public boolean isSelf() {
        return self;
    }

    public String id() {
        return spec.id();
    }

    public CloudSpec spec() {
        return spec;
    }

    public FiscalCalendar fiscalCalendar() {
        return fiscalCalendar;
    }

    public List<Site> sites() {
        return sites;
    }

    public void addSite(Site site) {
        sites.add(site);
    }

    public List<Contract> contracts() {
        return contracts;
    }

    public void addContract(Contract contract) {
        contracts.add(contract);
        if (contract.scoped() && !byRegion) {
            byRegion = true;
            capacityChanged = true;
        }
    }

    /** Keeps each contract's chips and the free chips per region, for routing that honours regions. */
    public void trackRegions() {
        if (!byRegion) {
            byRegion = true;
            capacityChanged = true;
        }
    }

    /** Whether the last allocation knows where the chips are (see {@link #trackRegions()}). */
    public boolean tracksRegions() {
        return byRegion;
    }

    /** The regions of the cloud's sites, in the order they joined, as of the last allocation that tracked regions. */
    public List<String> regions() {
        return regional.regions();
    }

    /** Chips of contract {@code i} (index in {@link #contracts()}) in each region at the last allocation. */
    public double[] contractRegionChips(int i) {
        return regional.contractRegionChips(i);
    }

    /** Chips of each accelerator left free in region {@code r} (index in {@link #regions()}) by the last allocation. */
    public double[] regionFreeChips(int r) {
        return regional.regionFree(r);
    }

    /** The PUE contracts are quoted at: the mean PUE of the cloud's sites (1.2 with none). */
    public double referencePue() {
        return sites.isEmpty() ? 1.2 : sites.stream().mapToDouble(Site::pue).average().orElse(1.2);
    }

    /** The list price for {@code accelerator}, or null if the cloud does not sell it. */
    public PriceSpec price(String accelerator) {
        return prices.get(accelerator);
    }

    /**
     * Current on-demand prices ($/chip-hour) by the world's accelerator index: list price times
     * the on-demand factor of the last sold share; 0 where the cloud sells none.
     */
    public double[] onDemandPrices(List<String> acceleratorIds) {
        if (onDemandStale || onDemandPrices.length != acceleratorIds.size()) {
            PriceSpec[] listed = listPrices(acceleratorIds);
            if (onDemandPrices == null || onDemandPrices.length != acceleratorIds.size()) {
                onDemandPrices = new double[acceleratorIds.size()];
            }
            onDemandStale = false;
            for (int a = 0; a < onDemandPrices.length; a++) {
                PriceSpec price = listed[a];
                onDemandPrices[a] = price == null ? 0 : price.onDemand() * onDemandFactor;
            }
        }
        return onDemandPrices;
    }

    /** The list prices by index of {@code acceleratorIds} (null where none), read once per id list and price change. */
    private PriceSpec[] listPrices(List<String> acceleratorIds) {
        if (listedFor != acceleratorIds) {
            listedAt = new PriceSpec[acceleratorIds.size()];
            for (int a = 0; a < listedAt.length; a++) {
                listedAt[a] = prices.get(acceleratorIds.get(a));
            }
            listedFor = acceleratorIds;
        }
        return listedAt;
    }

    /**
     * Records the share of the cloud's up capacity (raw H100e) that a routing decision sold,
     * held by contracts or granted on demand, and sets the price factors from it.
     */
    public void setSoldShare(double share) {
        if (factorsSet && Double.doubleToRawLongBits(share) == Double.doubleToRawLongBits(soldShare)) {
            return; // the factors are those of this share already: a decision prices its sales twice (cash rule, grant)
        }
        soldShare = share;
        factorsSet = true;
        double od = pricing.onDemandFactor(share) * onDemandScale;
        if (od != onDemandFactor) {
            onDemandFactor = od;
            onDemandStale = true;
            priceChanges++;
        }
        double contract = pricing.contractFactor(share);
        if (contract != contractFactor) {
            contractFactor = contract;
            priceChanges++;
        }
    }

    /** How many times a price the cloud quotes has changed: equal counts mean equal prices. */
    public long priceChanges() {
        return priceChanges;
    }

    /** The cloud's price curves. */
    public Pricing pricing() {
        return pricing;
    }

    /** The share of the cloud's up capacity the last routing decision sold (0 before the first). */
    public double soldShare() {
        return soldShare;
    }

    /**
     * The price per chip-hour the cloud quotes at {@code t} for a new contract of
     * {@code termYears} on {@code accelerator}: its contract list price times the contract
     * factor of the sold share and the term factor; empty if it lists no price for it. Prices
     * move only at routing decisions, so {@code t} reads the last decision's state and must not
     * be before it.
     */
    public OptionalDouble contractPriceUsdPerChipHour(String accelerator, double termYears, double t) {
        PriceSpec price = prices.get(accelerator);
        if (price == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(price.contract() * contractFactor * pricing.termFactor(termYears));
    }

    /**
     * {@link #contractPriceUsdPerChipHour} of the accelerator at index {@code a} of
     * {@code acceleratorIds} (the world's order), or 0 if the cloud lists no price for it.
     */
    public double contractPriceUsdPerChipHour(int a, double termYears, List<String> acceleratorIds) {
        PriceSpec price = listPrices(acceleratorIds)[a];
        return price == null ? 0 : price.contract() * contractFactor * pricing.termFactor(termYears);
    }

    /** The current on-demand price per chip-hour of {@code accelerator}; empty if the cloud lists none. */
    public OptionalDouble onDemandPriceUsdPerChipHour(String accelerator) {
        PriceSpec price = prices.get(accelerator);
        return price == null ? OptionalDouble.empty() : OptionalDouble.of(price.onDemand() * onDemandFactor);
    }

    /** Changes the list prices of one accelerator; a null price keeps the current one. */
    public void changePrice(String accelerator, Double contract, Double onDemand) {
        PriceSpec old = prices.getOrDefault(accelerator, new PriceSpec(0, 0));
        prices.put(accelerator, new PriceSpec(contract == null ? old.contract() : contract,
                onDemand == null ? old.onDemand() : onDemand));
        onDemandStale = true;
        listedFor = null;
        priceChanges++;
    }

    /** Tells the cloud a site's chips, power or state changed, so allocation recounts them. */
    public void markCapacityChanged() {
        capacityChanged = true;
    }

    /** Chips of {@code accelerator} installed at sites that are up. */
    public double upChips(String accelerator) {
        double sum = 0;
        for (Site site : sites) {
            sum += site.upChips(accelerator);
        }
        return sum;
    }

    /**
     * Allocates up chips to the contracts active at {@code t}, in signing order, and
     * records what is left free per accelerator. Each contract's allocation is written to
     * {@code allocation} at the contract's index in {@link #contracts()}.
     *
     * @param acceleratorIds every accelerator id, in the world's index order
     */
    public void allocate(double t, double[] allocation, List<String> acceleratorIds) {
        if (capacityChanged || upChips.length != acceleratorIds.size()) {
            upChips = new double[acceleratorIds.size()];
            for (int a = 0; a < upChips.length; a++) {
                // Sites index their accelerators in the world's order, which acceleratorIds follows.
                double sum = 0;
                for (Site site : sites) {
                    sum += site.upChips(a);
                }
                upChips[a] = sum;
            }
            freeChips = new double[upChips.length];
            capacityChanged = false;
            if (byRegion) {
                regional.recount(acceleratorIds);
            }
        }
        if (self) {
            // A lab's own chips are all its owner's; none is left to sell on demand: freeChips
            // stays as created, all zero.
            return;
        }
        System.arraycopy(upChips, 0, freeChips, 0, upChips.length);
        if (byRegion) {
            regional.allocate(t, contracts, allocation, freeChips);
            return;
        }
        for (int i = 0; i < contracts.size(); i++) {
            Contract contract = contracts.get(i);
            double reserved = contract.reservedChips(t);
            int a = contract.acceleratorIndex();
            double given = reserved <= 0 ? 0 : Math.min(reserved, freeChips[a]);
            allocation[i] = given;
            freeChips[a] -= given;
        }
    }

    /** Chips of each accelerator (by world index) up at the last allocation. */
    public double[] upChipsByIndex() {
        return upChips;
    }

    /** Chips of each accelerator (by world index) left free by the last allocation, for on-demand sale. */
    public double[] freeChips() {
        return freeChips;
    }

    /** Backlog of signed contracts still ahead of {@code t}, plus the non-AI backlog. */
    public double backlogUsd(double t) {
        double sum = otherBacklogUsd(t);
        for (Contract contract : contracts) {
            sum += contract.remainingUsd(t);
        }
        return sum;
    }

    /**
     * The non-AI backlog at {@code t}: new bookings flow in at a constant rate b per year and
     * a fraction r of the backlog is recognised per year, so dB/dt = b − rB, solved exactly:
     * B(t) = b/r + (B₀ − b/r)·e^(−r·years), or B₀ + b·years when r = 0.
     */
    public double otherBacklogUsd(double t) {
        double years = t / 8760.0;
        double b = spec.otherBookingsUsdPerYear();
        double r = spec.otherRecognitionPerYear();
        double b0 = spec.otherBacklogUsd();
        if (r == 0) {
            return b0 + b * years;
        }
        double steady = b / r;
        return steady + (b0 - steady) * Math.exp(-r * years);
    }

    /** Adds AI revenue (contract or on-demand) recognised now. */
    public void recognise(double usd) {
        revenueUsd += usd;
        quarterRevenueUsd += usd;
    }

    /** Adds on-demand revenue recognised now (also counted by {@link #recognise}). */
    public void recogniseOnDemand(double usd) {
        onDemandRevenueUsd += usd;
    }

    /** On-demand revenue recognised since the start (part of {@link #revenueUsd()}). */
    public double onDemandRevenueUsd() {
        return onDemandRevenueUsd;
    }

    /** AI revenue recognised since the start. */
    public double revenueUsd() {
        return revenueUsd;
    }

    /** Adds what the owner of this {@code self} cloud paid to run it now (not revenue: nothing was sold). */
    public void bookOwnerCost(double usd) {
        ownerCostUsd += usd;
    }

    /** What the owner of this {@code self} cloud paid to run it since the start (0 for any other cloud). */
    public double ownerCostUsd() {
        return ownerCostUsd;
    }

    /** Returns the revenue recognised since the last quarter end and starts a new quarter. */
    public double closeQuarter() {
        double q = quarterRevenueUsd;
        quarterRevenueUsd = 0;
        return q;
    }
}

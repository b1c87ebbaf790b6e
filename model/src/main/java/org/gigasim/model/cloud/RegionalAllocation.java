package org.gigasim.model.cloud;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;

/**
 * A cloud's allocation when some of its contracts reserve capacity at a site or in a region,
 * or when routing needs to know where the chips are. Contracts reserved at a site or in a
 * region take that scope's up chips first, in signing order; pooled contracts then take
 * what is left anywhere in the cloud, in signing order. A contract's chips are drawn from the
 * sites of its scope in proportion to their free chips, so that each contract's chips, and the
 * chips left free, are known per region.
 *
 * <p>Why scoped contracts go first: a campus built for one customer (Stargate Abilene for
 * OpenAI, Project Rainier for Anthropic) serves that customer; the cloud's general fleet
 * serves pooled reservations wherever it has chips. With no scoped contract the result is
 * exactly the pooled allocation in signing order.
 */
final class RegionalAllocation {

    private final List<Site> sites;
    private final List<String> regions = new ArrayList<>();
    private int[] siteRegion = new int[0];
    private boolean[][] siteInScope = new boolean[0][];
    /** Up chips and, after allocation, free chips per site and accelerator index. */
    private double[][] siteFree = new double[0][];
    private double[][] siteUp = new double[0][];
    /** Chips of each contract (by index in the cloud's list) per region index, from the last allocation. */
    private double[][] contractRegionChips = new double[0][];
    /** Whether a contract's row in {@link #contractRegionChips} may hold chips (false: all zero). */
    private boolean[] rowWritten = new boolean[0];
    private double[][] regionFree = new double[0][];

    RegionalAllocation(List<Site> sites) {
        this.sites = sites;
    }

    /** Recounts the up chips of every site, after a capacity change. */
    void recount(List<String> acceleratorIds) {
        int n = sites.size();
        int accelerators = acceleratorIds.size();
        regions.clear();
        if (siteRegion.length != n || n > 0 && siteUp[0].length != accelerators) {
            // A site joined since the last count: the rows are made again (otherwise overwritten below).
            siteRegion = new int[n];
            siteUp = new double[n][accelerators];
            siteFree = new double[n][accelerators];
        }
        for (int s = 0; s < n; s++) {
            Site site = sites.get(s);
            int r = regions.indexOf(site.region());
            if (r < 0) {
                r = regions.size();
                regions.add(site.region());
            }
            siteRegion[s] = r;
            for (int a = 0; a < accelerators; a++) {
                // Sites index their accelerators in the world's order, which acceleratorIds follows.
                siteUp[s][a] = site.upChips(a);
            }
        }
        if (regionFree.length != regions.size()) {
            regionFree = new double[regions.size()][accelerators];
        }
        // The scopes are kept: a contract's site and region never change, and a scope made
        // before a site joined is made again when read (its length is then short).
    }

    /**
     * Allocates the up chips to {@code contracts} at {@code t}: scoped contracts first, then
     * pooled ones, each in signing order. Writes each contract's chips to {@code allocation}
     * and what is left per accelerator to {@code freeChips}.
     */
    void allocate(double t, List<Contract> contracts, double[] allocation, double[] freeChips) {
        int n = sites.size();
        for (int s = 0; s < n; s++) {
            System.arraycopy(siteUp[s], 0, siteFree[s], 0, siteUp[s].length);
        }
        if (contractRegionChips.length < contracts.size()) {
            contractRegionChips = new double[contracts.size() * 2][];
            rowWritten = new boolean[contractRegionChips.length];
        }
        if (siteInScope.length < contracts.size()) {
            siteInScope = Arrays.copyOf(siteInScope, contracts.size() * 2);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < contracts.size(); i++) {
                Contract contract = contracts.get(i);
                if (contract.scoped() == (pass == 0)) {
                    allocation[i] = take(i, contract, contract.reservedChips(t), freeChips);
                }
            }
        }
        for (double[] row : regionFree) {
            Arrays.fill(row, 0);
        }
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < siteFree[s].length; a++) {
                regionFree[siteRegion[s]][a] += siteFree[s][a];
            }
        }
    }

    /**
     * Takes up to {@code reserved} chips of the contract's accelerator from the sites of its scope.
     * A contract reserving nothing takes nothing and its row stays zero, so neither its scope nor a
     * row already zero is read or cleared again.
     */
    private double take(int i, Contract contract, double reserved, double[] freeChips) {
        int a = contract.acceleratorIndex();
        double[] byRegion = contractRegionChips[i];
        if (byRegion == null || byRegion.length != regions.size()) {
            byRegion = new double[regions.size()];
            contractRegionChips[i] = byRegion;
            rowWritten[i] = false;
        } else if (rowWritten[i]) {
            Arrays.fill(byRegion, 0);
            rowWritten[i] = false;
        }
        if (reserved <= 0) {
            freeChips[a] = Math.max(0, freeChips[a]);
            return 0;
        }
        boolean[] scope = scope(i, contract);
        double available = 0;
        for (int s = 0; s < scope.length; s++) {
            available += scope[s] ? siteFree[s][a] : 0;
        }
        // The cloud's count bounds a pooled contract exactly as without regions.
        double given = Math.min(reserved, contract.scoped() ? available : freeChips[a]);
        if (given > 0 && available > 0) {
            double share = Math.min(1, given / available);
            for (int s = 0; s < scope.length; s++) {
                if (scope[s]) {
                    double x = siteFree[s][a] * share;
                    siteFree[s][a] -= x;
                    byRegion[siteRegion[s]] += x;
                }
            }
            rowWritten[i] = true;
        }
        freeChips[a] = Math.max(0, freeChips[a] - given);
        return given;
    }

    private boolean[] scope(int i, Contract contract) {
        boolean[] scope = siteInScope[i];
        if (scope == null || scope.length != sites.size()) {
            scope = new boolean[sites.size()];
            for (int s = 0; s < scope.length; s++) {
                Site site = sites.get(s);
                scope[s] = !contract.scoped() || (contract.site() != null ? site.id().equals(contract.site())
                        : site.region().equals(contract.region()));
            }
            siteInScope[i] = scope;
        }
        return scope;
    }

    /** The cloud's regions, in the order its sites joined. */
    List<String> regions() {
        return Collections.unmodifiableList(regions);
    }

    /** Chips of contract {@code i} in each region (by index in {@link #regions()}) at the last allocation, or null. */
    double[] contractRegionChips(int i) {
        // A contract signed since the last allocation has no chips yet.
        return i < contractRegionChips.length ? contractRegionChips[i] : null;
    }

    /** Chips of each accelerator left free in region {@code r} by the last allocation. */
    double[] regionFree(int r) {
        return regionFree[r];
    }
}

package org.gigasim.scenarios;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each scenario field means, in which unit, its default and an example: the one table
 * both the JSON Schema and {@code docs/scenario-reference.md} are generated from. A key is a
 * field name, or {@code definition.field} where one name means different things.
 */
final class FieldDocs {

    /** A field's description; unit, default and example may be null. */
    record Doc(String description, String unit, String defaultValue, String example) {

        /** Whether the field must be given although its type is not a number: it is required like one. */
        boolean required() {
            return REQUIRED.equals(defaultValue);
        }
    }

    /** The default of a field that has none and must be given (a text or a date the record refuses to lack). */
    static final String REQUIRED = "required";

    private static final Map<String, Doc> DOCS = new HashMap<>();

    private static void d(String key, String description, String unit, String defaultValue, String example) {
        if (DOCS.put(key, new Doc(description, unit, defaultValue, example)) != null) {
            throw new IllegalStateException("field documented twice: " + key);
        }
    }

    static {
        // scenario
        d("extends", "the scenario this one builds on: a catalog name, or a path relative to this file; this file"
                + " states only what it changes", null, null, "baseline-2026");
        d("name", "short name (at most 64 characters); outputs go to runs/<name>", null, null, "baseline-2026");
        d("question", "the question the scenario answers, shown by gigasim list (at most 1000 characters)", null, "empty", "\"What if ...?\"");
        d("start", "first day simulated (UTC)", "date", null, "2026-01-01");
        d("end", "last day simulated (UTC), inclusive; at most 100 years after start", "date", null, "2032-12-31");
        d("seed", "random seed of replication 0; replication r uses a stream derived from it", null, "1", "2026");
        d("replications", "independent runs whose outputs are averaged (at most 100000)", null, "1", "20");
        d("sample", "how often metrics are sampled (also at every calendar and fiscal quarter end); whole minutes, at least PT1M, at most 200000 samples over the horizon", "ISO-8601 days or hours", "P1D", "P7D");
        d("accelerators", "accelerator types", null, "none", "[{id: gb200, ...}]");
        d("clouds", "clouds and their sites", null, "none", "[{id: azure, ...}]");
        d("labs", "AI labs and their demand", null, "none", "[{id: openai, ...}]");
        d("contracts", "capacity contracts signed before start", null, "none", "[{id: azure-openai, ...}]");
        d("events", "dated changes to the world: on: DATE plus one kind", null, "none",
                "[{on: 2027-03-10, outage: {site: x, duration_hours: 72}}]");
        d("market", "how short of compute the market is: scales each lab's inference demand so that at the date its"
                + " expected demand is the ratio times the effective H100e its contracts reserve (docs/model.md section 8)",
                null, "each lab's demand as stated", "{demand_to_supply: 1.3, at: 2026-07-01}");
        d("market.demand_to_supply", "expected demand over contracted effective capacity at the date, above 0 and at"
                + " most 10", null, null, "1.3");
        d("market.at", "the date the ratio holds (contracts of the file plus sign_contract events dated by then count)",
                null, null, "2026-07-01");
        d("market.through", "the ratio holds again on each anniversary of the date up to this one, against the"
                + " contracts signed by each (file and sign_contract events): demand grows with the labs' contracted"
                + " compute, never falling from one anniversary to the next (docs/model.md section 8)", "date",
                "only at the date", "2030-01-01");
        d("sweep", "what gigasim sweep varies when no --vary is given; run and validate ignore it (they check its"
                + " paths)", null, "none", "{vary: {labs.small-lab.demand.stateless_api.growth_per_year: [0.3, 0.6]}}");
        d("vary", "a path as in --set (list entries named by id), and the list of its values; the first path varies"
                + " slowest", null, null, "{labs.small-lab.demand.stateless_api.growth_per_year: [0.3, 0.6], seed: [1, 2]}");
        d("sensitivity", "what gigasim sensitivity analyses when no --factor is given; run and validate ignore it"
                + " (they check its factor paths at the middle of each range)", null, "none",
                "{method: sobol, samples: 256, factors: {labs.small-lab.demand.stateless_api.growth_per_year: 0.3..0.9},"
                + " metrics: [unserved_h100e_hours]}");
        d("sensitivity.method", "sobol (first- and total-order Sobol' indices), morris (elementary effects) or lhs"
                + " (Latin hypercube: the metrics' distribution); --method replaces it", null, "sobol", "morris");
        d("sensitivity.samples", "Sobol': base samples N (N(k+2) runs for k factors); Morris: trajectories r"
                + " (r(k+1) runs); lhs: points N; --samples replaces it", null, "256", "1024");
        d("sensitivity.levels", "Morris grid levels, an even number; --levels replaces it", null, "4", "6");
        d("sensitivity.replications", "replications per point, averaged; every point uses the same ones;"
                + " --replications replaces it", null, "1", "4");
        d("sensitivity.factors", "a path as in --set (list entries named by id), and its range LOW..HIGH or a"
                + " distribution", null, null, "{labs.small-lab.demand.stateless_api.growth_per_year: 0.3..0.9}");
        d("sensitivity.metrics", "the metrics analysed, each METRIC[:YEAR][@DIM=VALUE,...]: the year defaults to the"
                + " run's last, and without @ the metric is summed over its dimensions", null, null,
                "[unserved_h100e_hours:2027@lab=small-lab]");
        d("answer", "the figures that answer the question, which gigasim show, the terminal after run and the report's"
                + " Answer section give first: a list of a metric and the dimension values that pick its series", null,
                "none", "[{metric: unserved_h100e_hours, lab: openai, traffic_class: stateless_api}]");
        d("answer.metric", "a metric of docs/metrics.md", null, null, "unserved_h100e_hours");
        d("answer.lab", "only this lab's series", null, "every lab", "openai");
        d("answer.cloud", "only this cloud's series", null, "every cloud", "azure");
        d("answer.region", "only this region's series", null, "every region", "us-east");
        d("answer.site", "only this site's series", null, "every site", "azure-fleet-east");
        d("answer.accelerator", "only this accelerator's series", null, "every accelerator", "gb200");
        d("answer.vendor", "only this vendor's series", null, "every vendor", "nvidia");
        d("answer.traffic_class", "only this traffic class's series", null, "every class", "stateless_api");
        d("answer.clause", "only this clause type's series", null, "every clause", "right-of-first-refusal");
        d("answer.by", "dimensions to break the figures down by; without it, the metric's coarsest level that has"
                + " the dimensions given", null, "none", "[cloud, accelerator]");
        d("answer.expect", "the answer as a checked statement in given years: how this figure differs from another"
                + " scenario's (vs and change), or the range its mean lies in (level); the catalog's tests keep it true",
                null, "none", "{vs: baseline-2026, change: increase, years: [2027], min_change: 1e6}");
        d("expect.vs", "the scenario compared with (same seed and replications): a catalog name or a path relative to"
                + " this file; with change, required unless level is given", null, "none", "baseline-2026");
        d("expect.change", "increase or decrease: the sign of this scenario's figure minus the other's, whose paired"
                + " 95% confidence interval must exclude zero; with vs, required unless level is given", null, "none",
                "decrease");
        d("expect.level", "[low, high] instead of vs and change: in each year the 95% confidence interval of the"
                + " figure's mean over the replications lies inside this range, ends included (a share as a fraction)",
                "the metric's unit", "none", "[0.32, 0.35]");
        d("expect.years", "calendar years in which the statement must hold", null, null, "[2026, 2027]");
        d("expect.min_change", "the smallest mean difference that matters, in the metric's unit (a difference only)",
                "the metric's unit", "0", "5e9");
        d("remove", "with extends: true deletes the parent's entry with this id", null, "false", "true");
        d("id", "unique name: lower-case letters, digits, '-', '_' or '.', starting with a letter or digit, at most 64"
                + " characters", null, null, "gb200");
        // accelerator
        d("vendor", "who makes it", null, REQUIRED, "nvidia");
        d("generation", "product generation (at most 200 characters)", null, "none", "blackwell");
        d("kw_it_per_chip", "IT power per chip, server plus network share (facility draw is this times the site PUE)",
                "kW", null, "1.85");
        d("accelerator.h100e", "compute per chip relative to an H100", "H100e", null, "2.5");
        d("price_usd", "purchase price per chip", "USD", "0", "45000");
        d("available_from", "first date it can be delivered or offered", "date", "always", "2025-06-01");
        d("hostable_by", "clouds allowed to host it: any, or a list of cloud ids", null, "any", "[aws]");
        // cloud
        d("kind", "hyperscaler, neocloud or self (a lab's own campuses)", null, "hyperscaler", "neocloud");
        d("fiscal_year_start_month", "first month of the cloud's fiscal year (1-12); quarters follow it", null, "1", "7");
        d("prices_usd_per_chip_hour", "list prices per accelerator id", "USD per chip-hour", "none",
                "{gb200: {contract: 4.0, on_demand: 10.5}}");
        d("owner", "for a cloud of kind self: the lab whose own capacity it is; its chips serve that lab alone,"
                + " without contracts", null, "none", "openai");
        d("own_cost_usd_per_mw_hour", "for a cloud of kind self: what its owner pays per facility MW-hour of the chips"
                + " it owns (delivered and not retired, powered or not): capital recovery plus power",
                "USD per MW-hour", null, "926");
        d("other_backlog_usd", "non-AI remaining performance obligations at start", "USD", "0", "314e9");
        d("other_bookings_usd_per_year", "new non-AI bookings added to the backlog each year", "USD per year", "0", "140e9");
        d("other_recognition_per_year", "fraction of the non-AI backlog recognised as revenue per year (0-1)",
                "fraction per year", "0.35", "0.35");
        d("sites", "data-center sites", null, "none", "[{id: azure-east, ...}]");
        d("pricing", "how prices answer the share of the cloud's capacity that is sold (docs/model.md section 4)",
                null, "fixed list prices", "{on_demand_curve: [{utilization: 0.8, factor: 1.0}, {utilization: 1.0, factor: 1.6}]}");
        d("on_demand_curve", "factor of the on-demand list price by sold share: points of a piecewise-linear curve,"
                + " flat outside them", null, "factor 1", "[{utilization: 0.5, factor: 0.6}, {utilization: 0.8, factor: 1.0}]");
        d("contract_curve", "factor of the contract list price by sold share at signing (or by the contracted share"
                + " at the contract's start: contract_tightness), as on_demand_curve", null,
                "factor 1", "[{utilization: 0.8, factor: 1.0}, {utilization: 1.0, factor: 1.5}]");
        d("term_discount_per_year", "price cut per year of contract term beyond the reference term, compounded"
                + " (0 to under 1)", "fraction per year", "0", "0.2");
        d("reference_term_years", "the term the contract list price is quoted for", "years", "1", "5");
        d("contract_tightness", "which share contract_curve reads for a new contract: signing (the share the last"
                + " routing decision sold) or start (the share of the raw H100e the cloud's pipeline will have powered at the"
                + " contract's start that its contracts then reserve; docs/model.md section 4)", null, "signing",
                "start");
        d("on_demand_level", "the level on-demand prices are read at: one accelerator's on-demand price at a curve"
                + " factor of 1, every other accelerator's in its list ratio to that one (docs/model.md section 4)", null,
                "the list", "{accelerator: h100, usd_per_chip_hour: 2.42}");
        d("price_level.accelerator", "the accelerator whose on-demand price the level states; the cloud must list an"
                + " on-demand price for it", null, null, "h100");
        d("price_level.usd_per_chip_hour", "its on-demand price at a curve factor of 1 (above 0)", "USD per chip-hour",
                null, "2.42");
        d("price_point.utilization", "share of the cloud's up capacity (raw H100e) that is sold: held by contracts"
                + " or granted on demand (0-1); in contract_curve with contract_tightness: start, the share of the"
                + " raw H100e powered at the contract's start that contracts then reserve", "fraction", null, "0.8");
        d("price_point.factor", "multiplier of the list price at that share (above 0)", null, null, "1.25");
        d("supply", "how the cloud orders power and chips for its backlog and utilization, and retires chips"
                + " (docs/model.md section 3)", null, "builds only what its sites plan; chips never retire",
                "{capex_usd_per_year: 40e9, usd_per_mw: 11.7e6, accelerator: vera-rubin}");
        d("capex_usd_per_year", "budget for orders per calendar year (facility plus chips); 0 orders nothing",
                "USD per year", "0", "40e9");
        d("usd_per_mw", "facility cost of a megawatt ordered, chips excluded", "USD per MW", "0", "11.7e6");
        d("supply.accelerator", "accelerator id bought to bring utilization back to the target (backlog gaps buy"
                + " the contracts' own accelerators)", null, "none", "vera-rubin");
        d("supply.review_days", "days between the cloud's supply reviews (at least 1)", "days", "90", "90");
        d("target_utilization", "sold share above which the cloud orders capacity to come back to it (above 0, at"
                + " most 1)", "fraction", "0.85", "0.85");
        d("power_lead_days", "days from an order to its power's planned date", "days", "730", "730");
        d("power_delay_days", "random delay of ordered power beyond its lead (interconnection)", "days", "no delay",
                "{lognormal: {median: 120, sigma: 0.7}}");
        d("chip_lead_days", "shortest time from an order to its chips' delivery; they come when the power is due",
                "days", "180", "180");
        d("supply.pue", "PUE of the site where ordered capacity is built (1.0-3.0)", null, "1.2", "1.15");
        d("chip_life_years", "years after delivery a chip retires (chips installed at the start: after their"
                + " accelerator's available_from)", "years", "never", "6");
        d("price.contract", "contract rate", "USD per chip-hour", null, "3.9");
        d("on_demand", "on-demand list rate", "USD per chip-hour", null, "6.5");
        // site
        d("region", "region name (at most 200 characters); an outage event may take down a whole region", null, "the site id", "us-east");
        d("pue", "power usage effectiveness: facility power / IT power (1.0-3.0)", null, "1.2", "1.15");
        d("installed_chips", "chips installed at start, per accelerator id", "chips", "none", "{gb200: 20000}");
        d("power", "facility power milestones", null, "none", "[{from: 2026-01-01, mw: 100}]");
        d("deliveries", "streams of chip deliveries", null, "none", "[{accelerator: gb200, chips_per_quarter: 5000, from: 2026-04-01}]");
        d("outages", "random outages of the site", null, "none",
                "{mtbf_days: {exponential: {mean: 365}}, mttr_hours: {lognormal: {median: 4, sigma: 0.8}}}");
        d("power_milestone.from", "date the power is due", "date", null, "2027-01-01");
        d("power_milestone.mw", "facility megawatts that come online", "MW", null, "100");
        d("delay_days", "random delay of the milestone (interconnection, construction)", "days", "no delay",
                "{lognormal: {median: 60, sigma: 0.6}}");
        d("delivery.accelerator", "accelerator id delivered", null, null, "gb200");
        d("chips_per_quarter", "chips delivered at the start of each calendar quarter", "chips", null, "5000");
        d("delivery.from", "first delivery date", "date", null, "2026-04-01");
        d("delivery.until", "last delivery date, inclusive", "date", "open-ended", "2027-12-31");
        d("slip_days", "random lateness of each delivery", "days", "on time", "{exponential: {mean: 20}}");
        d("mtbf_days", "days between failures (mean at least 1 day)", "days", null, "{exponential: {mean: 365}}");
        d("mttr_hours", "hours to repair (mean at least a minute)", "hours", null, "{lognormal: {median: 4, sigma: 0.8}}");
        // lab
        d("internal_to", "the cloud whose company the lab belongs to: its procurement asks only that cloud, which"
                + " allocates any accelerator it hosts at price zero (outside its backlog)", null, "none", "azure");
        d("demand", "demand per traffic class; an absent class has none", null, "none", "{stateless_api: {h100e: 30000}}");
        d("efficiency", "per accelerator id, the factor of rated H100e the lab gets from a date (porting costs)", null,
                "1.0", "{trn2: [{from: 2026-01-01, factor: 0.6}]}");
        d("finance", "the lab's money: opening cash, funding rounds, revenue on the inference it serves and credit;"
                + " absent means unlimited money and no cash recorded", null, "none",
                "{cash_usd: 40e9, revenue_usd_per_h100e_hour: 1.3}");
        d("cash_usd", "cash the lab holds at the start", "USD", "0", "40e9");
        d("funding_rounds", "cash the lab raises on dates", null, "none", "[{on: 2026-02-27, usd: 110e9}]");
        d("funding_round.on", "date the round closes (00:00 UTC); rounds dated before the start are part of cash_usd"
                + " and are ignored", "date", null, "2026-02-27");
        d("usd", "cash raised", "USD", null, "110e9");
        d("revenue_usd_per_h100e_hour", "revenue per effective H100e-hour of inference served at the start (training"
                + " earns nothing)", "USD per H100e-hour", "0", "1.3");
        d("revenue_growth_per_year", "compound yearly growth of the revenue per H100e-hour (above -1, at most 1)",
                "fraction per year", "0", "0.2");
        d("credit_line_usd", "credit the lab may draw: its cash may fall this far below zero before it defaults,"
                + " and the line counts toward what it may commit", "USD", "0", "20e9");
        d("revenue_anchor", "a reported revenue run rate the lab's revenue per H100e-hour is derived from, after the"
                + " market scales its demand (instead of revenue_usd_per_h100e_hour; docs/model.md section 8)", null,
                "none", "{on: 2026-04-01, usd_per_year: 30e9}");
        d("revenue_anchor.on", "date the run rate was reported, or for a revenue_path point the middle of the year whose"
                + " revenue it gives (may be before the start)", "date", null, "2026-04-01");
        d("usd_per_year", "annualized revenue on that date (for a revenue_path point, the year's revenue)", "USD a year",
                null, "30e9");
        d("revenue_earned", "revenue the lab reported earning over a period: its revenue per H100e-hour is the rate at"
                + " which pilot runs of the scenario earn it on the inference they serve then (instead of"
                + " revenue_usd_per_h100e_hour or revenue_anchor; docs/model.md section 8)", null, "none",
                "{from: 2026-01-01, through: 2026-03-31, usd: 5.7e9}");
        d("revenue_earned.from", "the period's first day, on or after the scenario start", "date", null, "2026-01-01");
        d("revenue_earned.through", "the period's last day, inclusive, on or before the scenario end", "date", null,
                "2026-03-31");
        d("revenue_earned.usd", "revenue earned over the period", "USD", null, "5.7e9");
        d("commitment_years", "window of the cash rule: obligations due within it may not exceed cash + credit line +"
                + " revenue over the window at today's rate", "years", "2", "2");
        d("window_revenue", "revenue the cash rule counts over the window: served_now (inference served now at today's"
                + " rate) or held_capacity (at each month, the inference the capacity it will hold then can serve, up to"
                + " its forecast, at the rate then; docs/model.md section 9a)", null, "served_now", "held_capacity");
        d("procurement", "how the lab buys capacity; absent means it signs no new contracts", null, "none", "{lead_days: 180}");
        d("stateless_api", "stateless API inference (a routing clause may pin it to one cloud)", null, "none", "{h100e: 30000}");
        d("stateful", "stateful inference (sessions, agents)", null, "none", "{h100e: 10000}");
        d("first_party", "the lab's own products", null, "none", "{h100e: 50000}");
        d("training", "training campaigns (also a traffic class name)", null, "none",
                "{arrival_interval_days: 90, size_h100e: 20000, duration_days: 90}");
        d("inference_demand.h100e", "demand at start in effective H100-equivalents", "H100e", null, "30000");
        d("growth_per_year", "compound growth of demand (above -1, at most 100; with change_demand events, at most a millionfold over the horizon)", "fraction per year", "0", "0.6");
        d("inference_demand.regions", "the regions the class may be served from (latency, data residency): it is"
                + " placed only on capacity at sites in these regions, held or bought on demand", null, "any region",
                "[us-east, us-east-2]");
        d("noise", "relative daily noise: demand is multiplied by (1 + noise)", "fraction", "none",
                "{normal: {mean: 0, sd: 0.05}}");
        d("reach", "demand that only one cloud's marketplace reaches (enterprises that buy models only through it, as"
                + " through AWS Bedrock): served only on that cloud, and only while no active clause confines the whole"
                + " class to another cloud (docs/model.md section 8b)", null, "none",
                "[{traffic_class: stateless_api, cloud: aws, h100e: 90000, growth_per_year: 0.55}]");
        d("reach.traffic_class", "the inference class it is demand of: stateless_api, stateful or first_party; it takes"
                + " the class's daily noise and demand factors", null, null, "stateless_api");
        d("reach.cloud", "the cloud whose marketplace reaches it, the only cloud it may be served on", null, null, "aws");
        d("reach.h100e", "reach demand at start in effective H100-equivalents (the market block scales it with its"
                + " class, but it does not enter the calibration)", "H100e", null, "90000");
        d("revenue_path", "the lab's revenue at dates, two or more in date order (each the revenue of the year around"
                + " its date): between them its inference demand grows as its revenue does, less the growth of its"
                + " revenue per H100e-hour; the stated levels hold at the start and the market block sets the level"
                + " (not with market.through; docs/model.md section 8)", null, "none",
                "[{on: 2025-07-01, usd_per_year: 13e9}, {on: 2028-07-01, usd_per_year: 100e9}]");
        d("arrival_interval_days", "days between training job arrivals (mean at least an hour)", "days", null, "{exponential: {mean: 90}}");
        d("size_h100e", "size of a training job", "H100e", null, "{lognormal: {median: 20000, sigma: 0.4}}");
        d("duration_days", "run time of a training job", "days", null, "{triangular: {min: 60, mode: 90, max: 150}}");
        d("checkpoint_hours", "hours between checkpoints; a failure loses the work since the last", "hours", "3", "3");
        d("size_growth_per_year", "compound yearly growth of training job sizes: a job arriving t years after start"
                + " is (1 + g)^t times its drawn size (above -1, at most 100)", "fraction per year", "0", "0.6");
        d("discipline", "queue order of training jobs: fcfs or smallest_first", null, "fcfs", "smallest_first");
        d("efficiency_step.from", "date the factor applies from", "date", REQUIRED, "2026-01-01");
        d("efficiency_step.factor", "fraction of rated H100e obtained (above 0, at most 1)", "fraction", null, "0.8");
        d("horizon_days", "how far ahead the lab projects its demand", "days", "365", "365");
        d("lead_days", "earliest start of a new contract, from the day it is requested", "days", "180", "180");
        d("max_share_per_cloud", "largest share of the lab's contracted capacity on one cloud (0-1)", "fraction", "1.0", "0.6");
        d("price_weight", "weight of price against start date when scoring offers (0-1)", "fraction", "0.5", "0.7");
        d("review_days", "days between procurement reviews (at least 1)", "days", "30", "90");
        d("contract_years", "term of contracts the lab signs (at least 1/12)", "years", "5", "5");
        d("procurement.ramp_months", "ramp-up of contracts the lab signs, in monthly steps of 30 days (at most 1200)", "months", "6", "6");
        d("headroom", "demand is multiplied by this when sizing requests", null, "1.1", "1.05");
        d("renew", "whether the lab renews each contract that ends within its horizon for what it will still need,"
                + " at the cloud's contract price then", null, "false", "true");
        d("cancellation_penalty", "after a cut in its forecast the lab cancels contracted capacity it no longer needs,"
                + " paying this fraction of the value cancelled (0-1); absent, it cancels nothing", "fraction", "none",
                "0.2");
        d("review_offset_days", "days from the scenario's start to the lab's first review, drawn once per"
                + " replication; absent, drawn uniformly over the first review period, so labs review on different days",
                "days", "uniform over [0, review_days)", "{fixed: 45}");
        d("count_dated_deals", "whether a review counts the lab's own sign_contract events dated after it and no later"
                + " than its next review as contracted capacity (deals being negotiated), in its renewals, shortfall and"
                + " share cap; the events still sign on their dates", null, "false", "true");
        d("renewal_notice_days", "with renew: how close to its end (at most horizon_days) a contract is renewed; until"
                + " then reviews count it as held from its end on, so the lab neither renews it early nor buys it again",
                "days", "horizon_days", "365");
        // contract
        d("lab", "lab id", null, null, "openai");
        d("cloud", "cloud id", null, null, "azure");
        d("accelerator", "accelerator id", null, null, "gb200");
        d("contract.mw", "facility megawatts reserved", "MW", null, "700");
        d("contract.start", "first day of the contract", "date", REQUIRED, "2026-01-01");
        d("contract.end", "last day of the contract", "date", REQUIRED, "2030-12-31");
        d("contract.ramp_months", "linear ramp-up from start, in monthly steps of 30 days (at most 1200)", "months", "0", "12");
        d("contract.site", "the site the capacity is reserved at (a site of the contract's cloud): only its chips"
                + " serve the contract, and an outage there takes the capacity away; give this or region, or neither",
                null, "the whole cloud", "stargate-abilene");
        d("contract.region", "the region the capacity is reserved in (the cloud must have a site there): only chips"
                + " at its sites serve the contract; give this or site, or neither", null, "the whole cloud", "us-east");
        d("price_usd_per_chip_hour", "price; give this or value_usd", "USD per chip-hour", null, "3.9");
        d("value_usd", "total value; the price is derived from the reserved chip-hours", "USD", null, "40e9");
        d("clauses", "clauses: {type, from, until, ...parameters}", null, "none",
                "[{type: stateless-api-routing, until: 2032-12-31}]");
        d("deferral", "the lab's right to move capacity that has not started later instead of cancelling it, after a"
                + " cut in its forecast (docs/model.md section 9c); used once", null, "none",
                "{shift_days: 365, fee_share: 0.05}");
        d("shift_days", "how far a deferred part moves: start and end alike (1 to 3650)", "days", null, "365");
        d("fee_share", "share of the value moved that the lab pays the cloud at once (0-1)", "fraction", "0", "0.05");
        // clause
        d("type", "registered clause type", null, null, "stateless-api-routing");
        d("clause.from", "first day the clause is active, inclusive", "date", "always", "2026-01-01");
        d("clause.until", "last day the clause is active, inclusive", "date", "never", "2032-12-31");
        d("clause.breach", "what a breach event costs the lab that breaches this clause (docs/clauses.md, breach)", null,
                "a breach has no consequences", "{penalty_usd: 2.0e9, injunction_days: 120}");
        d("penalty_usd", "paid at once by the lab to the contract's cloud (its revenue) when the clause is breached",
                "USD", "0", "2.0e9");
        d("injunction_days", "how long an injunction delays the contract in breach: its whole term moves later (it"
                + " must not have started by the breach)", "days", "0", "120");
        d("stateless_api_routing.classes", "the inference classes pinned to the cloud: stateless_api, stateful,"
                + " first_party", null, "[stateless_api]", "[stateless_api, stateful]");
        d("first_launch.lead_days", "days new demand stays on the clause's cloud after it appears (1 to 3650)", "days",
                "90", "90");
        d("first_launch.classes", "inference classes whose new demand launches on the cloud", null,
                "every inference class", "[stateless_api]");
        d("failover", "whether pinned traffic may fail over to other clouds during an outage", null, "false", "false");
        d("holder", "cloud id that holds the right", null, null, "azure");
        d("fraction", "least part of a request the holder must be able to supply by the requested start to take it"
                + " (without a window above 0 to 1; with one 0 to share)", "fraction", "1; 0 with a window", "1.0");
        d("right_of_first_refusal.share", "most of each request the holder may take (above 0 to 1); needs"
                + " match_window_days", "fraction", "1", "0.5");
        d("right_of_first_refusal.match_window_days", "days the lab waits for the holder's answer before the rest of"
                + " a request goes to the market (0 to 3650; 0: at once); without it the original form, answered at"
                + " once", "days", "none", "30");
        d("right_of_first_refusal.price", "match: the holder matches the best rival's price; own: it takes at its own"
                + " quote; needs match_window_days", null, "match", "own");
        d("right_of_first_refusal.max_concession", "largest cut of its own quote the holder makes to match a cheaper"
                + " rival (0-1); beyond it, it declines; price: match only", "fraction", "1", "0.1");
        d("scope", "what the exclusivity covers: all, training or inference", null, "all", "training");
        d("min_fraction", "fraction of contracted chip-hours paid for even if unused (0-1)", "fraction", "1", "0.8");
        // events
        d("on", "date the event happens (00:00 UTC)", "date", null, "2027-03-10");
        d("site", "site id (add_site: the whole new site)", null, null, "azure-fleet-east");
        d("outage.site", "the site to take down; give this or region", null, null, "azure-fleet-east");
        d("outage.region", "the region to take down: every site in it; give this or site", null, null, "us-east");
        d("duration_hours", "how long the outage lasts", "hours", null, "72");
        d("contract", "contract id (sign_contract: the whole new contract)", null, null, "azure-openai-hopper");
        d("until", "new end date of the clause", "date", null, "2026-04-27");
        d("milestone", "the power milestone to add", null, null, "{from: 2028-01-01, mw: 300}");
        d("breach.by", "the same lab's other contract that breaches the clause; an injunction delays it", null, null,
                "aws-openai-trainium");
        d("factor", "multiplier of the lab's demand from the date; 0.7 is a 30% cut", null, null, "0.7");
        d("change_demand.classes", "the classes the factor applies to: training, stateless_api, stateful,"
                + " first_party", null, "every class", "[stateless_api]");
        d("change_price.contract", "new contract price", "USD per chip-hour", "unchanged", "3.5");
        d("amend_contract.mw", "new reserved megawatts", "MW", "unchanged", "500");
        d("amend_contract.end", "new end date", "date", "unchanged", "2028-12-31");
        d("amend_contract.price_usd_per_chip_hour", "new price", "USD per chip-hour", "unchanged", "3.0");
        // distributions
        d("value", "the value", null, null, "3");
        d("values", "values drawn with equal probability", null, null, "[1, 2, 5]");
        d("mean", "mean", null, null, "720");
        d("min", "smallest value", null, null, "180");
        d("max", "largest value", null, null, "730");
        d("sd", "standard deviation", null, null, "0.05");
        d("median", "median", null, null, "90");
        d("sigma", "standard deviation of the logarithm (at most 10)", null, null, "0.5");
        d("shape", "shape (Weibull: at least 0.05)", null, null, "2");
        d("scale", "scale", null, null, "100");
        d("mode", "most likely value", null, null, "90");
    }

    private FieldDocs() {
    }

    /** The documentation of {@code field} in {@code definition}, if the table has it. */
    static Optional<Doc> find(String definition, String field) {
        Doc specific = DOCS.get(definition + "." + field);
        return Optional.ofNullable(specific != null ? specific : DOCS.get(field));
    }
}

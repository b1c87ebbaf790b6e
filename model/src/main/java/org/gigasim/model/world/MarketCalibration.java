package org.gigasim.model.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.MarketSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.spec.TrainingSpec;
import org.gigasim.model.world.core.ContractTerms;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Pipeline;

/**
 * The scenario's {@code market} block applied: each lab's inference demand levels are scaled so
 * that its expected demand at {@code market.at} (inference forecast plus expected training
 * load, no noise, no events) is {@code demand_to_supply} times the effective H100e its
 * contracts reserve then: the contracts of the file plus those its {@code sign_contract}
 * events sign by that date, each at its reserved chips then × the accelerator's H100e × the
 * lab's efficiency on it, plus the chips its own clouds (kind {@code self}) will have powered
 * then on their planned dates, rated the same way. A lab without such contracts or without inference demand keeps its
 * levels. The scale is a demand factor, so {@code change_demand} events multiply on top of it.
 *
 * <p>With {@code market.through}, the ratio holds again on each anniversary of {@code at} up to
 * that date, each against the contracts signed by then: the lab's demand at anchor <i>i</i> is
 * {@code max(R × C_i − T_i, that at anchor i − 1)} (a lab does not plan for less because a contract
 * expires), reached by a {@linkplain Lab#setDemandPath path multiplier} that moves geometrically
 * between anchors and holds after the last, on top of the stated growth. So the labs' demand grows
 * with the compute they contracted for, and the market stays as short as R says while the
 * contracts signed by the last anchor ramp up.
 */
final class MarketCalibration {

    private MarketCalibration() {
    }

    /** Scales the labs of {@code indices} as {@code spec.market()} asks; returns each lab's factor (1 without a market). */
    static double[] apply(ScenarioSpec spec, Indices indices, SimCalendar calendar) {
        double[] factors = new double[indices.labCount()];
        Arrays.fill(factors, 1.0);
        MarketSpec market = spec.market();
        if (market == null) {
            return factors;
        }
        List<LocalDate> anchors = new ArrayList<>();
        for (LocalDate d = market.at(); !d.isAfter(market.through() == null ? market.at() : market.through());
                d = market.at().plusYears(anchors.size())) {
            anchors.add(d);
        }
        for (int l = 0; l < indices.labCount(); l++) {
            Lab lab = indices.lab(l);
            double[] hours = new double[anchors.size()];
            double[] target = new double[anchors.size()];
            double[] stated = new double[anchors.size()];
            for (int i = 0; i < anchors.size(); i++) {
                hours[i] = calendar.hoursAt(anchors.get(i));
                // A lab's own campuses are capacity it holds like a contract's (docs/model.md section 8).
                double supply = contractedH100e(lab, signedBy(spec, anchors.get(i)), indices, calendar, hours[i])
                        + Pipeline.ownedH100e(indices, l, 0, hours[i], false);
                stated[i] = lab.inferenceForecast(hours[i]);
                // Training is not scaled (its job sizes are sourced separately); inference makes up the rest.
                double training = expectedTrainingH100e(lab.spec().demand().training(), hours[i]);
                target[i] = i == 0 && supply <= 0 ? -1 : Math.max(market.demandToSupply() * supply - training, 0);
            }
            if (target[0] < 0 || stated[0] <= 0) {
                continue;
            }
            double factor = target[0] / stated[0];
            factors[l] = factor;
            for (TrafficClass c : TrafficClass.INFERENCE) {
                lab.scaleDemand(c, factor);
            }
            if (anchors.size() > 1 && factor > 0) {
                double[] multipliers = new double[anchors.size()];
                multipliers[0] = 1;
                for (int i = 1; i < anchors.size(); i++) {
                    target[i] = Math.max(target[i], target[i - 1]);
                    multipliers[i] = target[i] / (factor * stated[i]);
                }
                lab.setDemandPath(hours, multipliers);
            }
            lab.refreshDemand(0);
        }
        return factors;
    }

    /** The contracts of the file and those the {@code sign_contract} events sign by {@code date}. */
    private static List<ContractSpec> signedBy(ScenarioSpec spec, LocalDate date) {
        List<ContractSpec> contracts = new ArrayList<>(spec.contracts());
        for (EventSpec event : spec.events()) {
            if (event instanceof EventSpec.SignContract sc && !sc.on().isAfter(date)) {
                contracts.add(sc.contract());
            }
        }
        return contracts;
    }

    /** Effective H100e that {@code lab}'s contracts among {@code contracts} reserve at {@code t}. */
    static double contractedH100e(Lab lab, List<ContractSpec> contracts, Indices indices, SimCalendar calendar,
            double t) {
        double sum = 0;
        for (ContractSpec c : contracts) {
            if (!c.lab().equals(lab.id())) {
                continue;
            }
            ContractTerms terms = ContractTerms.of(c, indices.accelerator(c.accelerator()), indices.cloud(c.cloud()),
                    calendar);
            double chips = terms.contract(c, indices, 0, "market").reservedChips(t);
            sum += chips * indices.accelerator(c.accelerator()).h100e() * lab.efficiency(c.accelerator(), t);
        }
        return sum;
    }

    /** Mean H100e that training jobs occupy at {@code t}: arrival rate × mean size (grown) × mean duration. */
    static double expectedTrainingH100e(TrainingSpec training, double t) {
        if (training == null) {
            return 0;
        }
        double growth = Math.pow(1 + training.sizeGrowthPerYear(), t / 8760.0);
        return training.sizeH100e().mean() * growth * training.durationDays().mean()
                / training.arrivalIntervalDays().mean();
    }
}

package org.gigasim.model.world;

/**
 * One decision, for {@code trace.jsonl}: what acted (a clause type, or the lab's policy),
 * on which contract, lab and cloud, what it decided and why, and the quantity involved
 * (H100e, or USD for money decisions; NaN where none applies).
 */
public record TraceRecord(double timeHours, String date, String actor, String contract, String lab, String cloud,
        String decision, String reason, double quantity) {
}

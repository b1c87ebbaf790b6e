package org.gigasim.engine.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams of one replication of a scenario, each named (such as
 * {@code "demand/openai"}) and seeded from (scenario seed, replication, name) alone.
 * The same triple always gives the same sequence, adding or drawing from a stream never
 * perturbs another, and two scenarios run with the same seed share common random numbers
 * stream by stream.
 *
 * <pre>{@code
 * RandomStreams streams = new RandomStreams(42L, 0);
 * Distribution gap = new Distribution.Exponential(12.0);
 * ContinuousSampler gaps = gap.sampler(streams.stream("outage/east"));
 * double hoursToNextOutage = gaps.sample();
 * }</pre>
 *
 * @param seed        the scenario seed
 * @param replication the replication index, from 0
 */
public record RandomStreams(long seed, int replication) {

    // Versions the derivation: changing the encoding below must change this tag.
    private static final byte[] DOMAIN =
            "gigasim/random-stream/v1".getBytes(StandardCharsets.UTF_8);
    // Any fixed non-zero state; used only if a digest were all zeros (chance 2^-256).
    private static final long[] FALLBACK_STATE = {
        0x9E3779B97F4A7C15L, 0xBF58476D1CE4E5B9L, 0x94D049BB133111EBL, 0x2545F4914F6CDD1DL
    };

    /** Rejects a negative replication index. */
    public RandomStreams {
        if (replication < 0) {
            throw new IllegalArgumentException(
                    "replication must be zero or more, but was " + replication);
        }
    }

    /**
     * A new generator, positioned at the start of the stream called {@code name}. Each call
     * returns a fresh generator, so callers should keep the one they draw from.
     */
    public UniformRandomProvider stream(String name) {
        return RandomSource.XO_SHI_RO_256_PP.create(seedFor(name));
    }

    /** The 256-bit generator state for {@code name}: SHA-256 of the encoded triple. */
    long[] seedFor(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("stream name must not be empty");
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        // Fixed-width fields and a length prefix make the encoding unambiguous.
        ByteBuffer encoded = ByteBuffer.allocate(DOMAIN.length + Long.BYTES + 2 * Integer.BYTES
                + nameBytes.length);
        encoded.put(DOMAIN).putLong(seed).putInt(replication).putInt(nameBytes.length)
                .put(nameBytes);
        ByteBuffer digest = ByteBuffer.wrap(sha256().digest(encoded.array()));
        long[] state = new long[4];
        boolean allZero = true;
        for (int i = 0; i < state.length; i++) {
            state[i] = digest.getLong();
            allZero &= state[i] == 0L;
        }
        // An all-zero state would make the xoshiro generator emit zeros forever.
        return allZero ? FALLBACK_STATE.clone() : state;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

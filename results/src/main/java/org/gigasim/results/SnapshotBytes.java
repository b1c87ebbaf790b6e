package org.gigasim.results;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;

/**
 * What a {@link ReplicationSnapshot} becomes when Java serializes it (to travel from a Spark
 * executor to the driver, say): its bytes as {@link SnapshotEncoder} writes them, a tenth or less
 * of what default serialization of its arrays and strings would write, read back exact.
 */
final class SnapshotBytes implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final byte[] bytes;

    private SnapshotBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The serialized form of {@code snapshot}. */
    static SnapshotBytes of(ReplicationSnapshot snapshot) {
        return new SnapshotBytes(new SnapshotEncoder().encode(snapshot));
    }

    /** How many bytes the snapshot takes. */
    int size() {
        return bytes.length;
    }

    /** The snapshot again. */
    ReplicationSnapshot snapshot() throws IOException {
        return new SnapshotDecoder().decode(bytes);
    }

    @Serial
    private Object readResolve() throws ObjectStreamException {
        try {
            return snapshot();
        } catch (IOException e) {
            InvalidObjectException invalid = new InvalidObjectException("a damaged replication snapshot: "
                    + e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }
}

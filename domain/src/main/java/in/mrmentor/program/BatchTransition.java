package in.mrmentor.program;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One step of a batch's lifecycle (its opening has no {@code from}), with the admin who took it and when. */
public record BatchTransition(UUID batchId, BatchStatus from, BatchStatus to, UUID actor, Instant at) {
    public BatchTransition {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}

package in.mrmentor.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One delivery of a job to its handler.
 *
 * @param attempt 1 on the first delivery; a redelivery after a failure or a lost worker counts up,
 *                so a handler can tell a retry (for example to skip a side effect it already made)
 */
public record Job(UUID id, String type, String payload, int attempt, Instant enqueuedAt) {
    public Job {
        Objects.requireNonNull(id, "id");
        JobType.requireValid(type);
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1");
        }
    }
}

package in.mrmentor.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A job that used up its attempts, kept with the error of its last attempt until someone retries it. */
public record DeadJob(UUID id, String type, String payload, int attempts, String lastError, Instant failedAt) {
    public DeadJob {
        Objects.requireNonNull(id, "id");
        JobType.requireValid(type);
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}

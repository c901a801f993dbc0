package in.mrmentor.program;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One step of an application's lifecycle, with who took it and when (and why, when a reason was given). */
public record ApplicationTransition(UUID applicationId, ApplicationStatus from, ApplicationStatus to, UUID actor,
                                    Instant at, String note) {
    public ApplicationTransition {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}

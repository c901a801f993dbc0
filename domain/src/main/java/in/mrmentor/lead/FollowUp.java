package in.mrmentor.lead;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A call-back promised to a lead (the seed's {@code lead_follow_ups}); done once. */
public record FollowUp(UUID id, UUID leadId, UUID ownerId, Instant dueAt, String note, UUID createdBy,
                       Instant createdAt, Instant doneAt, UUID doneBy, String doneNote) {
    public static final int MAX_NOTE = 2000;

    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public FollowUp done(UUID by, String note, Instant at) {
        if (isDone()) {
            throw in.mrmentor.shared.DomainException.conflict(LeadErrors.ALREADY_DONE, "This follow-up is done already.");
        }
        return new FollowUp(id, leadId, ownerId, dueAt, this.note, createdBy, createdAt, at, by, note);
    }
}

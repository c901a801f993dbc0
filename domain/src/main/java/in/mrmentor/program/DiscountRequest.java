package in.mrmentor.program;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sales person's request to lower an application's fee (seed 003 "DiscountRequest"); an APPROVED
 * one lowers what the student is charged, by {@code amountPaise}.
 */
public record DiscountRequest(UUID id, UUID applicationId, long amountPaise, String reason, DiscountStatus status,
                              UUID requestedBy, Instant createdAt, UUID decidedBy, String note, Instant decidedAt) {
    public DiscountRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(status, "status");
        new Validation().require(amountPaise >= 1, "amountPaise", "must be at least 1")
                .requireText(reason, "reason", 1000).orThrow();
    }

    public DiscountRequest decided(DiscountStatus outcome, UUID by, String decisionNote, Instant at) {
        if (!status.canMoveTo(outcome)) {
            throw ProgramErrors.alreadyDecided();
        }
        return new DiscountRequest(id, applicationId, amountPaise, reason, outcome, requestedBy, createdAt, by,
                decisionNote, at);
    }
}

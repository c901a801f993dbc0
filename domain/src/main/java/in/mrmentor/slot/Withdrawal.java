package in.mrmentor.slot;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

public record Withdrawal(UUID id, UUID mentorId, long amountPaise, WithdrawalStatus status, Instant createdAt,
                         Instant decidedAt, UUID decidedBy) {
    public Withdrawal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (amountPaise <= 0) {
            throw new IllegalArgumentException("a withdrawal is a positive amount");
        }
    }

    public Withdrawal moveTo(WithdrawalStatus next, UUID by, Instant at) {
        if (!status.canMoveTo(next)) {
            throw SlotErrors.invalidTransition("withdrawal", status, next);
        }
        return new Withdrawal(id, mentorId, amountPaise, next, createdAt, at, by);
    }
}

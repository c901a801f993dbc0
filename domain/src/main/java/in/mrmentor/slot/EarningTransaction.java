package in.mrmentor.slot;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One movement of a mentor's earnings, in paise: positive for a meeting, negative for a payout.
 * {@code (kind, reference)} is unique, which is what makes each credit happen at most once.
 */
public record EarningTransaction(UUID id, UUID mentorId, EarningKind kind, long amountPaise, long balanceAfterPaise,
                                 String reference, Instant at) {
    public EarningTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        if (!kind.allows(amountPaise)) {
            throw new IllegalArgumentException("a " + kind + " transaction never moves " + amountPaise + " paise");
        }
        if (balanceAfterPaise < 0) {
            throw new IllegalArgumentException("an earnings balance never goes below zero");
        }
    }
}

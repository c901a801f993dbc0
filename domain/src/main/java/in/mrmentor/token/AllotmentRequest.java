package in.mrmentor.token;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A user's request for tokens (seed 003: TokenAllotmentRequest), decided once by an administrator. */
public record AllotmentRequest(UUID id, UUID userId, long amount, String reason, UUID batchId,
                               AllotmentStatus status, UUID decidedBy, String note, Instant createdAt,
                               Instant decidedAt) {
    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_NOTE_LENGTH = 500;
    public static final long MAX_AMOUNT = 10_000;

    public AllotmentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (amount <= 0) {
            throw new IllegalArgumentException("a request asks for at least one token");
        }
    }

    /** What a request must be: every failing field, added to {@code validation}. */
    public static Validation check(Validation validation, long amount, String reason) {
        return validation
                .require(amount >= 1 && amount <= MAX_AMOUNT, "amount", "must be a whole number from 1 to " + MAX_AMOUNT)
                .requireText(reason, "reason", MAX_REASON_LENGTH);
    }

    public static AllotmentRequest open(UUID id, UUID userId, long amount, String reason, UUID batchId, Instant at) {
        check(new Validation(), amount, reason).orThrow();
        return new AllotmentRequest(id, userId, amount, reason.strip(), batchId, AllotmentStatus.PENDING, null, null,
                at, null);
    }

    /** @throws in.mrmentor.shared.DomainException {@code ALREADY_DECIDED} when it is no longer pending */
    public AllotmentRequest decide(AllotmentStatus outcome, UUID admin, String decisionNote, Instant at) {
        if (!status.canMoveTo(outcome)) {
            throw TokenErrors.alreadyDecided();
        }
        return new AllotmentRequest(id, userId, amount, reason, batchId, outcome, admin, decisionNote, createdAt, at);
    }

    public String reference() {
        return "allotment:" + id;
    }

    /** Approval credits the paid-token account from issuance. */
    public Transfer credit() {
        return new Transfer(SystemAccount.ISSUANCE, new UserAccount(userId, Wallet.TOKEN), amount,
                MovementKind.ALLOTMENT, reference());
    }
}

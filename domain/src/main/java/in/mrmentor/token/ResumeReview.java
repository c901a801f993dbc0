package in.mrmentor.token;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A user's paid request for a resume review (seed 003: ResumeReviewRequest); the reviewer is assigned later. */
public record ResumeReview(UUID id, UUID userId, String resumeUrl, String notes, String status, Instant createdAt) {
    public static final String REQUESTED = "REQUESTED";
    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_NOTES_LENGTH = 2000;
    /** One review costs one resume token. */
    public static final long COST = 1;

    public ResumeReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String reference() {
        return "resume-review:" + id;
    }

    public Transfer payment() {
        return new Transfer(new UserAccount(userId, Wallet.RESUME_TOKEN), SystemAccount.SPEND, COST,
                MovementKind.RESUME_REVIEW, reference());
    }
}

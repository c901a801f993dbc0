package in.mrmentor.hiring;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A candidate's invitation to a quiz. Only a digest of its link's signature is kept; one submission.
 *
 * @param submittedAt null until the candidate submits
 * @param scorePercent null until the candidate submits
 */
public record QuizInvitation(UUID id, UUID applicationId, UUID templateId, String tokenDigest, Instant expiresAt,
                             Instant createdAt, Instant submittedAt, Integer scorePercent) {
    public static final int DEFAULT_HOURS = 72;
    public static final int MAX_HOURS = 720;

    public QuizInvitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(tokenDigest, "tokenDigest");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public QuizInvitation submit(int percent, Instant at) {
        if (submitted()) {
            throw HiringErrors.quizAlreadySubmitted();
        }
        return new QuizInvitation(id, applicationId, templateId, tokenDigest, expiresAt, createdAt, at, percent);
    }
}

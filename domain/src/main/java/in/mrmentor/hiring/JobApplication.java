package in.mrmentor.hiring;

import in.mrmentor.shared.Platform;
import in.mrmentor.shared.Validation;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A candidate's application to one post (seed 003: JobApplication, the Mr-Hire spine). Candidates are
 * not users: name, normalised email and E.164 phone identify them per post.
 *
 * @param score          the latest screening score, null before the first screening
 * @param screeningError why the last screening attempt failed, null when it did not
 */
public record JobApplication(UUID id, UUID jobPostId, Platform platform, String name, String email, PhoneNumber phone,
                             String coverNote, ResumeFile resume, CandidateStatus status, Integer score,
                             String screeningError, Instant createdAt, Instant updatedAt) {

    /** The stored resume: its blob key, detected type and size. */
    public record ResumeFile(String key, String contentType, long sizeBytes) {
        public ResumeFile {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /** The application after a move and the history entry that records it. */
    public record Moved(JobApplication application, HistoryEntry entry) {
    }

    public JobApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobPostId, "jobPostId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A move the lifecycle allows, else 409 {@code INVALID_TRANSITION}; {@code REJECTED} needs a reason. */
    public Moved moveTo(CandidateStatus target, Instant at, String actor, String reason) {
        if (target == CandidateStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw Validation.invalid("reason", "is required to reject an application");
        }
        if (!status.canMoveTo(target)) {
            throw HiringErrors.invalidTransition(status.wire(), target.wire());
        }
        var moved = new JobApplication(id, jobPostId, platform, name, email, phone, coverNote, resume, target, score,
                screeningError, createdAt, at);
        return new Moved(moved, new HistoryEntry(status, target, at, actor, reason));
    }

    public JobApplication withScreening(Integer newScore, String error, Instant at) {
        return new JobApplication(id, jobPostId, platform, name, email, phone, coverNote, resume, status, newScore,
                error, createdAt, at);
    }

    /**
     * The order of a post's applications, as one text: best score first (unscored last), then oldest.
     * Fixed width digits, so text order is this order in every collation.
     */
    public String rankKey() {
        int inverted = score == null ? 999 : 100 - score;
        long micros = createdAt.getEpochSecond() * 1_000_000L + createdAt.getNano() / 1_000;
        return String.format("%03d-%019d", inverted, micros);
    }
}

package in.mrmentor.hiring;

import in.mrmentor.shared.Platform;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A job opening (seed 003: JobPost) owned by the recruiter who created it, in the tenant it was created under. */
public record JobPost(UUID id, Platform platform, UUID ownerId, JobPostDetails details, JobPostStatus status,
                      Instant createdAt, Instant updatedAt) {
    public JobPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static JobPost draft(UUID id, Platform platform, UUID ownerId, JobPostDetails details, Instant now) {
        return new JobPost(id, platform, ownerId, details, JobPostStatus.DRAFT, now, now);
    }

    public boolean takesApplications() {
        return status == JobPostStatus.ACTIVE;
    }

    public JobPost edit(JobPostDetails newDetails, Instant now) {
        if (status == JobPostStatus.CLOSED) {
            throw HiringErrors.jobClosed();
        }
        return new JobPost(id, platform, ownerId, newDetails, status, createdAt, now);
    }

    public JobPost moveTo(JobPostStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw HiringErrors.invalidTransition(status.wire(), target.wire());
        }
        return new JobPost(id, platform, ownerId, details, target, createdAt, now);
    }
}

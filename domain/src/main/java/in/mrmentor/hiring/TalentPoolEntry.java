package in.mrmentor.hiring;

import in.mrmentor.shared.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A pooled candidate (seed 003: TalentPoolEntry). Shared by the tenant's recruiters on purpose, so it
 * carries skills and the score, never the resume or contact details.
 */
public record TalentPoolEntry(UUID applicationId, UUID jobPostId, Platform platform, String name, List<String> skills, int score,
                              Instant pooledAt) {
    public TalentPoolEntry {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(jobPostId, "jobPostId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pooledAt, "pooledAt");
        skills = List.copyOf(skills);
    }
}

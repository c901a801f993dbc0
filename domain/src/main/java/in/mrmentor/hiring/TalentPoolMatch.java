package in.mrmentor.hiring;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A pooled candidate's fit for a post (seed 003: TalentPoolMatch): the share of the post's skills, 0-100. */
public record TalentPoolMatch(UUID jobPostId, TalentPoolEntry entry, int score, Instant matchedAt) {
    public TalentPoolMatch {
        Objects.requireNonNull(jobPostId, "jobPostId");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(matchedAt, "matchedAt");
    }
}

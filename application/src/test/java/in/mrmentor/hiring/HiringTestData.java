package in.mrmentor.hiring;

import in.mrmentor.shared.Platform;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builders of hiring records for tests. */
public final class HiringTestData {
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private HiringTestData() {
    }

    public static JobPostDetails details(String... skills) {
        return new JobPostDetails("Backend engineer", "Builds APIs in Java", "Bengaluru", EmploymentType.FULL_TIME,
                List.of(skills.length == 0 ? new String[] {"java", "postgresql", "docker", "kafka"} : skills), 1_000_000L,
                2_000_000L, 60, null);
    }

    public static JobPost post(UUID ownerId, JobPostStatus status, Instant createdAt) {
        return new JobPost(UUID.randomUUID(), Platform.MR_MENTOR, ownerId, details(), status, createdAt, createdAt);
    }

    public static JobApplication application(UUID postId, String email, String phone, Instant createdAt) {
        return new JobApplication(UUID.randomUUID(), postId, Platform.MR_MENTOR, "Asha Rao", email,
                new PhoneNumber(phone), null, new JobApplication.ResumeFile("resumes/" + postId + "/x.pdf",
                ResumeFormat.PDF, 1234), CandidateStatus.RESUME_RECEIVED, null, null, createdAt, createdAt);
    }

    public static HistoryEntry applied(Instant at) {
        return new HistoryEntry(null, CandidateStatus.RESUME_RECEIVED, at, HistoryEntry.SYSTEM, "applied");
    }
}

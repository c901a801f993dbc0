package in.mrmentor.hiring.port;

import in.mrmentor.hiring.CandidateStatus;
import in.mrmentor.hiring.HistoryEntry;
import in.mrmentor.hiring.JobApplication;
import in.mrmentor.hiring.PhoneNumber;
import in.mrmentor.hiring.ResumeAnalysis;
import in.mrmentor.hiring.ScreeningResult;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applications with their history, analyses and screening results. */
public interface Applications {

    /**
     * Stores a new application with its first history entry, unless the post already has one with the
     * same email or phone: then nothing is stored and that application's id is answered (also when
     * two candidates race, which the store settles with a uniqueness rule).
     */
    Optional<UUID> addUnlessDuplicate(JobApplication application, HistoryEntry first);

    /** An application of the post with this normalised email or phone. */
    Optional<UUID> findDuplicate(UUID jobPostId, String email, PhoneNumber phone);

    Optional<JobApplication> find(UUID id);

    /** The application, held against concurrent changes (a screening, a recruiter) until the transaction ends. */
    Optional<JobApplication> lock(UUID id);

    /** Writes status, score, screening error and update time. */
    void replace(JobApplication application);

    void appendHistory(UUID applicationId, HistoryEntry entry);

    /** Oldest first, in the order they were appended. */
    List<HistoryEntry> history(UUID applicationId);

    /**
     * A post's applications in {@link JobApplication#rankKey()} order (best score first, then oldest),
     * optionally of one status and at least a score (an unscored application has none).
     */
    List<JobApplication> listForPost(UUID jobPostId, CandidateStatus status, Integer minScore, PageRequest<TextKey> page);

    /** Every application id of the post, oldest first (for a re-screen). */
    List<UUID> idsOfPost(UUID jobPostId);

    void saveAnalysis(UUID applicationId, ResumeAnalysis analysis, Instant at);

    Optional<ResumeAnalysis> latestAnalysis(UUID applicationId);

    void saveScreening(UUID applicationId, ScreeningResult result, Instant at);

    Optional<ScreeningResult> latestScreening(UUID applicationId);
}

package in.mrmentor.persistence.hiring;

import static in.mrmentor.persistence.Timestamps.utc;

import in.mrmentor.hiring.CandidateStatus;
import in.mrmentor.hiring.HistoryEntry;
import in.mrmentor.hiring.JobApplication;
import in.mrmentor.hiring.PhoneNumber;
import in.mrmentor.hiring.ResumeAnalysis;
import in.mrmentor.hiring.ScreeningResult;
import in.mrmentor.hiring.Verdict;
import in.mrmentor.hiring.port.Applications;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TextKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiApplications implements Applications {
    private static final String COLUMNS = "id, job_post_id, platform, name, email, phone, cover_note, resume_key, "
            + "resume_content_type, resume_size_bytes, status, score, screening_error, rank_key, created_at, updated_at";
    private static final RowMapper<JobApplication> ROW = (rs, ctx) -> new JobApplication(
            rs.getObject("id", UUID.class),
            rs.getObject("job_post_id", UUID.class),
            Platform.fromHeader(rs.getString("platform")).orElseThrow(),
            rs.getString("name"),
            rs.getString("email"),
            new PhoneNumber(rs.getString("phone")),
            rs.getString("cover_note"),
            new JobApplication.ResumeFile(rs.getString("resume_key"), rs.getString("resume_content_type"),
                    rs.getLong("resume_size_bytes")),
            CandidateStatus.valueOf(rs.getString("status")),
            rs.getObject("score", Integer.class),
            rs.getString("screening_error"),
            Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "updated_at"));
    private static final RowMapper<HistoryEntry> HISTORY = (rs, ctx) -> new HistoryEntry(
            rs.getString("from_status") == null ? null : CandidateStatus.valueOf(rs.getString("from_status")),
            CandidateStatus.valueOf(rs.getString("to_status")),
            Timestamps.instant(rs, "at"),
            rs.getString("actor"),
            rs.getString("reason"));

    private final Jdbi jdbi;

    public JdbiApplications(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<UUID> addUnlessDuplicate(JobApplication a, HistoryEntry first) {
        return jdbi.inTransaction(h -> {
            int inserted = h.createUpdate("INSERT INTO job_applications (" + COLUMNS + ") VALUES (:id, :post, :platform, "
                            + ":name, :email, :phone, :coverNote, :resumeKey, :resumeType, :resumeSize, :status, :score, "
                            + ":error, :rankKey, :createdAt, :updatedAt) ON CONFLICT DO NOTHING")
                    .bind("id", a.id()).bind("post", a.jobPostId()).bind("platform", a.platform().headerValue())
                    .bind("name", a.name()).bind("email", a.email()).bind("phone", a.phone().e164())
                    .bindByType("coverNote", a.coverNote(), String.class)
                    .bind("resumeKey", a.resume().key()).bind("resumeType", a.resume().contentType())
                    .bind("resumeSize", a.resume().sizeBytes()).bind("status", a.status().name())
                    .bindByType("score", a.score(), Integer.class)
                    .bindByType("error", a.screeningError(), String.class)
                    .bind("rankKey", a.rankKey())
                    .bind("createdAt", utc(a.createdAt())).bind("updatedAt", utc(a.updatedAt()))
                    .execute();
            if (inserted == 0) {
                return Optional.of(findDuplicate(a.jobPostId(), a.email(), a.phone())
                        .orElseThrow(() -> new IllegalStateException("application " + a.id() + " exists")));
            }
            appendHistory(a.id(), first);
            return Optional.<UUID>empty();
        });
    }

    @Override
    public Optional<UUID> findDuplicate(UUID jobPostId, String email, PhoneNumber phone) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM job_applications WHERE job_post_id = :post "
                        + "AND (email = :email OR phone = :phone) ORDER BY created_at, id LIMIT 1")
                .bind("post", jobPostId).bind("email", email).bind("phone", phone.e164())
                .mapTo(UUID.class).findOne());
    }

    @Override
    public Optional<JobApplication> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM job_applications WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<JobApplication> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM job_applications WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(JobApplication a) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE job_applications SET status = :status, score = :score, "
                        + "screening_error = :error, rank_key = :rankKey, updated_at = :updatedAt WHERE id = :id")
                .bind("id", a.id()).bind("status", a.status().name())
                .bindByType("score", a.score(), Integer.class)
                .bindByType("error", a.screeningError(), String.class)
                .bind("rankKey", a.rankKey()).bind("updatedAt", utc(a.updatedAt()))
                .execute());
    }

    @Override
    public void appendHistory(UUID applicationId, HistoryEntry entry) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO job_application_history (application_id, from_status, to_status, "
                        + "at, actor, reason) VALUES (:id, :from, :to, :at, :actor, :reason)")
                .bind("id", applicationId)
                .bindByType("from", entry.from() == null ? null : entry.from().name(), String.class)
                .bind("to", entry.to().name()).bind("at", utc(entry.at())).bind("actor", entry.actor())
                .bindByType("reason", entry.reason(), String.class)
                .execute());
    }

    @Override
    public List<HistoryEntry> history(UUID applicationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT from_status, to_status, at, actor, reason "
                        + "FROM job_application_history WHERE application_id = :id ORDER BY seq")
                .bind("id", applicationId).map(HISTORY).list());
    }

    @Override
    public List<JobApplication> listForPost(UUID jobPostId, CandidateStatus status, Integer minScore,
                                            PageRequest<TextKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindText(h.createQuery("SELECT " + COLUMNS + " FROM job_applications "
                        + "WHERE job_post_id = :post AND (CAST(:status AS varchar) IS NULL OR status = :status) "
                        + "AND (CAST(:minScore AS integer) IS NULL OR score >= :minScore) "
                        + "AND " + KeysetPages.afterText("rank_key", "id")
                        + " ORDER BY rank_key, id LIMIT :fetch"), page)
                .bind("post", jobPostId)
                .bindByType("status", status == null ? null : status.name(), String.class)
                .bindByType("minScore", minScore, Integer.class)
                .map(ROW).list());
    }

    @Override
    public List<UUID> idsOfPost(UUID jobPostId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM job_applications WHERE job_post_id = :post "
                        + "ORDER BY created_at, id")
                .bind("post", jobPostId).mapTo(UUID.class).list());
    }

    @Override
    public void saveAnalysis(UUID applicationId, ResumeAnalysis analysis, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO resume_analyses (application_id, skills, years_of_experience, "
                        + "summary, analyzer, created_at) VALUES (:id, :skills, :years, :summary, :analyzer, :at)")
                .bind("id", applicationId).bindArray("skills", String.class, analysis.skills())
                .bind("years", analysis.yearsOfExperience()).bind("summary", analysis.summary())
                .bind("analyzer", analysis.analyzer()).bind("at", utc(at))
                .execute());
    }

    @Override
    public Optional<ResumeAnalysis> latestAnalysis(UUID applicationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT skills, years_of_experience, summary, analyzer "
                        + "FROM resume_analyses WHERE application_id = :id ORDER BY id DESC LIMIT 1")
                .bind("id", applicationId)
                .map((rs, ctx) -> new ResumeAnalysis(Arrays.texts(rs, "skills"), rs.getInt("years_of_experience"),
                        rs.getString("summary"), rs.getString("analyzer")))
                .findOne());
    }

    @Override
    public void saveScreening(UUID applicationId, ScreeningResult result, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO screening_results (application_id, score, threshold, verdict, "
                        + "reasons, created_at) VALUES (:id, :score, :threshold, :verdict, :reasons, :at)")
                .bind("id", applicationId).bind("score", result.score()).bind("threshold", result.threshold())
                .bind("verdict", result.verdict().name()).bindArray("reasons", String.class, result.reasons())
                .bind("at", utc(at))
                .execute());
    }

    @Override
    public Optional<ScreeningResult> latestScreening(UUID applicationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT score, threshold, verdict, reasons FROM screening_results "
                        + "WHERE application_id = :id ORDER BY id DESC LIMIT 1")
                .bind("id", applicationId)
                .map((rs, ctx) -> new ScreeningResult(rs.getInt("score"), rs.getInt("threshold"),
                        Verdict.valueOf(rs.getString("verdict")), Arrays.texts(rs, "reasons")))
                .findOne());
    }
}

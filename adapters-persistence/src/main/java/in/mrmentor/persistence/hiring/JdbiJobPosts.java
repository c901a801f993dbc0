package in.mrmentor.persistence.hiring;

import static in.mrmentor.persistence.Timestamps.utc;

import in.mrmentor.hiring.EmploymentType;
import in.mrmentor.hiring.JobPost;
import in.mrmentor.hiring.JobPostDetails;
import in.mrmentor.hiring.JobPostStatus;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

public final class JdbiJobPosts implements JobPosts {
    private static final String COLUMNS = "id, platform, owner_id, title, description, location, employment_type, skills, "
            + "salary_min_paise, salary_max_paise, screening_threshold, auto_screen, status, created_at, updated_at";
    static final RowMapper<JobPost> ROW = (rs, ctx) -> new JobPost(
            rs.getObject("id", UUID.class),
            Platform.fromHeader(rs.getString("platform")).orElseThrow(),
            rs.getObject("owner_id", UUID.class),
            new JobPostDetails(rs.getString("title"), rs.getString("description"), rs.getString("location"),
                    EmploymentType.valueOf(rs.getString("employment_type")), Arrays.texts(rs, "skills"),
                    rs.getObject("salary_min_paise", Long.class), rs.getObject("salary_max_paise", Long.class),
                    rs.getInt("screening_threshold"), rs.getObject("auto_screen", Boolean.class)),
            JobPostStatus.valueOf(rs.getString("status")),
            Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "updated_at"));

    private final Jdbi jdbi;

    public JdbiJobPosts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(JobPost post) {
        jdbi.useHandle(h -> bind(h.createUpdate("INSERT INTO job_posts (" + COLUMNS + ") VALUES (:id, :platform, :owner, "
                + ":title, :description, :location, :type, :skills, :min, :max, :threshold, :auto, :status, :createdAt, "
                + ":updatedAt)"), post).execute());
    }

    @Override
    public Optional<JobPost> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM job_posts WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<JobPost> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM job_posts WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(JobPost post) {
        jdbi.useHandle(h -> bind(h.createUpdate("UPDATE job_posts SET platform = :platform, owner_id = :owner, "
                + "title = :title, description = :description, location = :location, employment_type = :type, "
                + "skills = :skills, salary_min_paise = :min, salary_max_paise = :max, screening_threshold = :threshold, "
                + "auto_screen = :auto, status = :status, created_at = :createdAt, updated_at = :updatedAt "
                + "WHERE id = :id"), post).execute());
    }

    @Override
    public List<JobPost> listActive(Platform platform, String text, String skill, String location,
                                    PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM job_posts "
                        + "WHERE platform = :platform AND status = 'ACTIVE' "
                        + "AND (CAST(:text AS text) IS NULL OR strpos(lower(title), :text) > 0 "
                        + "     OR strpos(lower(description), :text) > 0) "
                        + "AND (CAST(:skill AS text) IS NULL OR skills @> ARRAY[CAST(:skill AS text)]) "
                        + "AND (CAST(:location AS text) IS NULL OR strpos(lower(location), :location) > 0) "
                        + "AND " + KeysetPages.beforeTime("created_at", "id")
                        + " ORDER BY created_at DESC, id LIMIT :fetch"), page)
                .bind("platform", platform.headerValue())
                .bindByType("text", lower(text), String.class)
                .bindByType("skill", lower(skill), String.class)
                .bindByType("location", lower(location), String.class)
                .map(ROW).list());
    }

    @Override
    public List<JobPost> listOwned(UUID ownerId, JobPostStatus status, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM job_posts "
                        + "WHERE (CAST(:owner AS uuid) IS NULL OR owner_id = :owner) "
                        + "AND (CAST(:status AS varchar) IS NULL OR status = :status) "
                        + "AND " + KeysetPages.beforeTime("created_at", "id")
                        + " ORDER BY created_at DESC, id LIMIT :fetch"), page)
                .bindByType("owner", ownerId, UUID.class)
                .bindByType("status", status == null ? null : status.name(), String.class)
                .map(ROW).list());
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static <S extends SqlStatement<S>> S bind(S statement, JobPost post) {
        var d = post.details();
        return statement.bind("id", post.id())
                .bind("platform", post.platform().headerValue())
                .bind("owner", post.ownerId())
                .bind("title", d.title())
                .bind("description", d.description())
                .bind("location", d.location())
                .bind("type", d.employmentType().name())
                .bindArray("skills", String.class, d.skills())
                .bindByType("min", d.salaryMinPaise(), Long.class)
                .bindByType("max", d.salaryMaxPaise(), Long.class)
                .bind("threshold", d.screeningThreshold())
                .bindByType("auto", d.autoScreen(), Boolean.class)
                .bind("status", post.status().name())
                .bind("createdAt", utc(post.createdAt()))
                .bind("updatedAt", utc(post.updatedAt()));
    }
}

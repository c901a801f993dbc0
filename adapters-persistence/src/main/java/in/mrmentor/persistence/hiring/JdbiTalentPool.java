package in.mrmentor.persistence.hiring;

import static in.mrmentor.persistence.Timestamps.utc;

import in.mrmentor.hiring.TalentPoolEntry;
import in.mrmentor.hiring.TalentPoolMatch;
import in.mrmentor.hiring.port.TalentPool;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiTalentPool implements TalentPool {
    private static final String COLUMNS = "e.application_id, e.job_post_id, e.platform, e.name, e.skills, e.score, e.pooled_at";
    private static final RowMapper<TalentPoolEntry> ROW = (rs, ctx) -> new TalentPoolEntry(
            rs.getObject("application_id", UUID.class),
            rs.getObject("job_post_id", UUID.class),
            Platform.fromHeader(rs.getString("platform")).orElseThrow(),
            rs.getString("name"),
            Arrays.texts(rs, "skills"),
            rs.getInt("score"),
            Timestamps.instant(rs, "pooled_at"));

    private final Jdbi jdbi;

    public JdbiTalentPool(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void put(TalentPoolEntry entry) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO talent_pool_entries (application_id, job_post_id, platform, name, "
                        + "skills, score, pooled_at) VALUES (:id, :post, :platform, :name, :skills, :score, :at) "
                        + "ON CONFLICT (application_id) DO UPDATE SET job_post_id = EXCLUDED.job_post_id, "
                        + "platform = EXCLUDED.platform, name = EXCLUDED.name, skills = EXCLUDED.skills, "
                        + "score = EXCLUDED.score, pooled_at = EXCLUDED.pooled_at")
                .bind("id", entry.applicationId()).bind("post", entry.jobPostId())
                .bind("platform", entry.platform().headerValue()).bind("name", entry.name())
                .bindArray("skills", String.class, entry.skills()).bind("score", entry.score())
                .bind("at", utc(entry.pooledAt()))
                .execute());
    }

    @Override
    public List<TalentPoolEntry> list(Platform platform, String skill, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS
                        + " FROM talent_pool_entries e WHERE e.platform = :platform "
                        + "AND (CAST(:skill AS text) IS NULL OR e.skills @> ARRAY[CAST(:skill AS text)]) "
                        + "AND " + KeysetPages.beforeTime("e.pooled_at", "e.application_id")
                        + " ORDER BY e.pooled_at DESC, e.application_id LIMIT :fetch"), page)
                .bind("platform", platform.headerValue())
                .bindByType("skill", skill, String.class)
                .map(ROW).list());
    }

    @Override
    public List<TalentPoolEntry> withAnySkill(Platform platform, List<String> skills) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM talent_pool_entries e "
                        + "WHERE e.platform = :platform AND e.skills && CAST(:skills AS text[]) ORDER BY e.pooled_at DESC, e.application_id")
                .bind("platform", platform.headerValue())
                .bindArray("skills", String.class, skills)
                .map(ROW).list());
    }

    @Override
    public void replaceMatches(UUID jobPostId, List<TalentPoolMatch> matches) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM talent_pool_matches WHERE job_post_id = :post").bind("post", jobPostId).execute();
            var batch = h.prepareBatch("INSERT INTO talent_pool_matches (job_post_id, application_id, score, matched_at) "
                    + "VALUES (:post, :application, :score, :at)");
            for (TalentPoolMatch match : matches) {
                batch.bind("post", jobPostId).bind("application", match.entry().applicationId())
                        .bind("score", match.score()).bind("at", utc(match.matchedAt())).add();
            }
            if (!matches.isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public List<TalentPoolMatch> matches(UUID jobPostId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", m.job_post_id AS match_post, m.score AS "
                        + "match_score, m.matched_at FROM talent_pool_matches m JOIN talent_pool_entries e "
                        + "ON e.application_id = m.application_id WHERE m.job_post_id = :post "
                        + "ORDER BY m.score DESC, e.pooled_at DESC, e.application_id")
                .bind("post", jobPostId)
                .map((rs, ctx) -> new TalentPoolMatch(rs.getObject("match_post", UUID.class), ROW.map(rs, ctx),
                        rs.getInt("match_score"), Timestamps.instant(rs, "matched_at")))
                .list());
    }
}

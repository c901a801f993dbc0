package in.mrmentor.persistence.token;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.token.ResumeReview;
import in.mrmentor.token.port.ResumeReviews;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiResumeReviews implements ResumeReviews {
    private final Jdbi jdbi;

    public JdbiResumeReviews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(ResumeReview review) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO resume_review_requests (id, user_id, resume_url, notes, status, "
                        + "created_at) VALUES (:id, :user, :url, :notes, :status, :at)")
                .bind("id", review.id()).bind("user", review.userId())
                .bindByType("url", review.resumeUrl(), String.class)
                .bindByType("notes", review.notes(), String.class)
                .bind("status", review.status()).bind("at", utc(review.createdAt()))
                .execute());
    }

    @Override
    public List<ResumeReview> ofUser(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, user_id, resume_url, notes, status, created_at "
                        + "FROM resume_review_requests WHERE user_id = :user ORDER BY created_at DESC, id")
                .bind("user", userId)
                .map((rs, ctx) -> new ResumeReview(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getString("resume_url"), rs.getString("notes"), rs.getString("status"),
                        Timestamps.instant(rs, "created_at")))
                .list());
    }
}

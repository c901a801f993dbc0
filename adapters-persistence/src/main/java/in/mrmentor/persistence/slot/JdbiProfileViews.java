package in.mrmentor.persistence.slot;

import in.mrmentor.slot.port.ProfileViews;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/** Profile views in PostgreSQL; the days are the business time zone's, computed by the database. */
public final class JdbiProfileViews implements ProfileViews {
    private final Jdbi jdbi;

    public JdbiProfileViews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(UUID id, UUID mentorId, UUID viewerId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO profile_views (id, mentor_id, viewer_id, viewed_at) "
                        + "VALUES (:id, :mentor, :viewer, :at)")
                .bind("id", id).bind("mentor", mentorId).bindByType("viewer", viewerId, UUID.class)
                .bind("at", utc(at)).execute());
    }

    @Override
    public Stats stats(UUID mentorId, Instant from, Instant to, ZoneId zone) {
        return jdbi.withHandle(h -> {
            var totals = h.createQuery("SELECT count(*) AS total, count(DISTINCT viewer_id) AS viewers FROM profile_views "
                            + "WHERE mentor_id = :mentor AND viewed_at >= :from AND viewed_at < :to")
                    .bind("mentor", mentorId).bind("from", utc(from)).bind("to", utc(to))
                    .map((rs, ctx) -> new long[] {rs.getLong("total"), rs.getLong("viewers")}).one();
            var days = h.createQuery("SELECT CAST(viewed_at AT TIME ZONE :zone AS date) AS day, count(*) AS views "
                            + "FROM profile_views WHERE mentor_id = :mentor AND viewed_at >= :from AND viewed_at < :to "
                            + "GROUP BY day ORDER BY day")
                    .bind("zone", zone.getId()).bind("mentor", mentorId).bind("from", utc(from)).bind("to", utc(to))
                    .map((rs, ctx) -> new Day(rs.getObject("day", LocalDate.class), rs.getLong("views"))).list();
            return new Stats(totals[0], totals[1], days);
        });
    }
}

package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.slot.MeetingTime;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotStatus;
import in.mrmentor.slot.port.Slots;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * Slots in PostgreSQL. The exclusion constraint {@code slots_live_never_overlap} refuses overlapping
 * live slots of one mentor (also between processes); {@link #claim} is one conditional UPDATE, so
 * racing bookers queue on the row lock and all but the first find the condition false.
 */
public final class JdbiSlots implements Slots {
    static final String COLUMNS = "id, mentor_id, student_id, start_at, end_at, token_cost, status, "
            + "earnings_credited, created_at";
    static final RowMapper<Slot> ROW = (rs, ctx) -> new Slot(
            rs.getObject("id", UUID.class),
            rs.getObject("mentor_id", UUID.class),
            rs.getObject("student_id", UUID.class),
            new MeetingTime(Timestamps.instant(rs, "start_at"), Timestamps.instant(rs, "end_at")),
            rs.getLong("token_cost"),
            SlotStatus.valueOf(rs.getString("status")),
            rs.getBoolean("earnings_credited"),
            Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbiSlots(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(Slot slot) {
        // ON CONFLICT DO NOTHING also arbitrates exclusion constraints: an overlap inserts nothing
        // and leaves the surrounding transaction usable.
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO slots (" + COLUMNS + ") VALUES (:id, :mentor, "
                        + ":student, :start, :end, :cost, :status, :credited, :createdAt) ON CONFLICT DO NOTHING")
                .bind("id", slot.id()).bind("mentor", slot.mentorId())
                .bindByType("student", slot.studentId(), UUID.class)
                .bind("start", utc(slot.time().start())).bind("end", utc(slot.time().end()))
                .bind("cost", slot.tokenCost()).bind("status", slot.status().name())
                .bind("credited", slot.earningsCredited())
                .bind("createdAt", utc(slot.createdAt()))
                .execute()) == 1;
    }

    @Override
    public Optional<Slot> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM slots WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<Slot> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM slots WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<Slot> claim(UUID id, UUID studentId, Instant now) {
        // The WHERE is Slot.isBookableBy in SQL (open, not started, not the mentor's own); the slots
        // contract checks the two agree on every status and time.
        return jdbi.withHandle(h -> h.createQuery("UPDATE slots SET student_id = :student, status = 'CONFIRMED', "
                        + "updated_at = :now WHERE id = :id AND status = 'TENTATIVE' "
                        + "AND student_id IS NULL AND start_at > :now AND mentor_id <> :student RETURNING " + COLUMNS)
                .bind("id", id).bind("student", studentId).bind("now", utc(now))
                .map(ROW).findOne());
    }

    @Override
    public void update(Slot slot) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE slots SET student_id = :student, status = :status, "
                        + "earnings_credited = :credited, updated_at = now() WHERE id = :id")
                .bind("id", slot.id()).bindByType("student", slot.studentId(), UUID.class)
                .bind("status", slot.status().name()).bind("credited", slot.earningsCredited())
                .execute());
    }

    @Override
    public List<Slot> byMentor(UUID mentorId, Instant from, Instant to, SlotStatus status, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM slots "
                        + "WHERE mentor_id = :mentor "
                        + "AND (CAST(:from AS timestamptz) IS NULL OR start_at >= :from) "
                        + "AND (CAST(:to AS timestamptz) IS NULL OR start_at < :to) "
                        + "AND (CAST(:status AS varchar) IS NULL OR status = :status) "
                        + "AND " + KeysetPages.afterTime("start_at", "id")
                        + " ORDER BY start_at, id LIMIT :fetch"), page)
                .bind("mentor", mentorId)
                .bindByType("from", from == null ? null : utc(from), OffsetDateTime.class)
                .bindByType("to", to == null ? null : utc(to), OffsetDateTime.class)
                .bindByType("status", status == null ? null : status.name(), String.class)
                .map(ROW).list());
    }

    @Override
    public List<Slot> matching(Filter filter, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM slots WHERE "
                        + "(CAST(:status AS varchar) IS NULL OR status = :status) "
                        + "AND (CAST(:mentor AS uuid) IS NULL OR mentor_id = :mentor) "
                        + "AND (CAST(:student AS uuid) IS NULL OR student_id = :student) "
                        + "AND (CAST(:from AS timestamptz) IS NULL OR start_at >= :from) "
                        + "AND (CAST(:to AS timestamptz) IS NULL OR start_at < :to) "
                        + "AND " + KeysetPages.afterTime("start_at", "id")
                        + " ORDER BY start_at, id LIMIT :fetch"), page)
                .bindByType("status", filter.status() == null ? null : filter.status().name(), String.class)
                .bindByType("mentor", filter.mentorId(), UUID.class)
                .bindByType("student", filter.studentId(), UUID.class)
                .bindByType("from", filter.from() == null ? null : utc(filter.from()), OffsetDateTime.class)
                .bindByType("to", filter.to() == null ? null : utc(filter.to()), OffsetDateTime.class)
                .map(ROW).list());
    }

    @Override
    public int lockStudentAndCountFreeMeetings(UUID studentId) {
        return jdbi.withHandle(h -> {
            // The user row is the student's lock: a second booking of the same student waits here until the
            // first commits, and then counts it. NO KEY UPDATE, because the claim's foreign key already holds
            // KEY SHARE on that row, which FOR UPDATE would wait on (two racing bookings would deadlock).
            h.createQuery("SELECT id FROM users WHERE id = :student FOR NO KEY UPDATE")
                    .bind("student", studentId).mapTo(UUID.class).findOne();
            return h.createQuery("SELECT count(*) FROM slots WHERE student_id = :student AND token_cost = 0 "
                            + "AND status IN ('CONFIRMED', 'CANCELLATION_REQUESTED', 'UNDER_REVIEW', 'COMPLETED')")
                    .bind("student", studentId).mapTo(Integer.class).one();
        });
    }

    @Override
    public List<Slot> byStudent(UUID studentId, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM slots "
                        + "WHERE student_id = :student AND " + KeysetPages.afterTime("start_at", "id")
                        + " ORDER BY start_at, id LIMIT :fetch"), page)
                .bind("student", studentId).map(ROW).list());
    }

    @Override
    public List<Slot> unbookedStartedBefore(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM slots WHERE status = 'TENTATIVE' "
                        + "AND student_id IS NULL AND start_at < :now ORDER BY start_at")
                .bind("now", utc(now)).map(ROW).list());
    }

    @Override
    public List<Slot> confirmedEndedBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM slots WHERE status = 'CONFIRMED' "
                        + "AND end_at < :cutoff ORDER BY end_at")
                .bind("cutoff", utc(cutoff)).map(ROW).list());
    }

    @Override
    public boolean removeUnbooked(UUID id) {
        return jdbi.withHandle(h -> {
            // Nothing else refers to an unbooked slot but its meeting logs (ON DELETE CASCADE) and
            // requests that were never accepted into it.
            return h.createUpdate("DELETE FROM slots WHERE id = :id AND status = 'TENTATIVE' AND student_id IS NULL "
                            + "AND NOT EXISTS (SELECT 1 FROM slot_requests r WHERE r.slot_id = slots.id) "
                            + "AND NOT EXISTS (SELECT 1 FROM meeting_recordings m WHERE m.slot_id = slots.id) "
                            + "AND NOT EXISTS (SELECT 1 FROM slot_feedback f WHERE f.slot_id = slots.id)")
                    .bind("id", id).execute() == 1;
        });
    }
}

package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.slot.SlotRequest;
import in.mrmentor.slot.SlotRequestStatus;
import in.mrmentor.slot.port.SlotRequests;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiSlotRequests implements SlotRequests {
    private static final String COLUMNS = "id, student_id, mentor_id, preferred_start, message, status, slot_id, created_at";
    private static final RowMapper<SlotRequest> ROW = (rs, ctx) -> new SlotRequest(
            rs.getObject("id", UUID.class), rs.getObject("student_id", UUID.class),
            rs.getObject("mentor_id", UUID.class), Timestamps.instant(rs, "preferred_start"),
            rs.getString("message"), SlotRequestStatus.valueOf(rs.getString("status")),
            rs.getObject("slot_id", UUID.class), Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbiSlotRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(SlotRequest request) {
        jdbi.useHandle(h -> {
            // Requests of one student are counted against MAX_SLOT_REQUESTS; locking the student's
            // user row serialises two racing requests of the same student across processes.
            h.createQuery("SELECT id FROM users WHERE id = :student FOR UPDATE")
                    .bind("student", request.studentId()).mapTo(UUID.class).findOne();
            h.createUpdate("INSERT INTO slot_requests (" + COLUMNS + ") VALUES (:id, :student, :mentor, :start, "
                            + ":message, :status, :slot, :createdAt)")
                    .bind("id", request.id()).bind("student", request.studentId()).bind("mentor", request.mentorId())
                    .bind("start", utc(request.preferredStart()))
                    .bindByType("message", request.message(), String.class)
                    .bind("status", request.status().name()).bindByType("slot", request.slotId(), UUID.class)
                    .bind("createdAt", utc(request.createdAt()))
                    .execute();
        });
    }

    @Override
    public Optional<SlotRequest> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM slot_requests WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void update(SlotRequest request) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE slot_requests SET status = :status, slot_id = :slot WHERE id = :id")
                .bind("id", request.id()).bind("status", request.status().name())
                .bindByType("slot", request.slotId(), UUID.class)
                .execute());
    }

    @Override
    public java.util.List<SlotRequest> forMentor(UUID mentorId, SlotRequestStatus status, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM slot_requests "
                        + "WHERE mentor_id = :mentor AND (CAST(:status AS varchar) IS NULL OR status = :status) "
                        + "AND " + KeysetPages.afterTime("created_at", "id")
                        + " ORDER BY created_at, id LIMIT :fetch"), page)
                .bind("mentor", mentorId).bindByType("status", status == null ? null : status.name(), String.class)
                .map(ROW).list());
    }

    @Override
    public java.util.List<SlotRequest> forStudent(UUID studentId, SlotRequestStatus status, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM slot_requests "
                        + "WHERE student_id = :student AND (CAST(:status AS varchar) IS NULL OR status = :status) "
                        + "AND " + KeysetPages.afterTime("created_at", "id")
                        + " ORDER BY created_at, id LIMIT :fetch"), page)
                .bind("student", studentId).bindByType("status", status == null ? null : status.name(), String.class)
                .map(ROW).list());
    }

    @Override
    public int countOpen(UUID studentId) {
        return jdbi.withHandle(h -> {
            h.createQuery("SELECT id FROM users WHERE id = :student FOR UPDATE")
                    .bind("student", studentId).mapTo(UUID.class).findOne();
            return h.createQuery("SELECT count(*) FROM slot_requests WHERE student_id = :student "
                            + "AND status = 'MEETING_REQUESTED'")
                    .bind("student", studentId).mapTo(Integer.class).one();
        });
    }
}

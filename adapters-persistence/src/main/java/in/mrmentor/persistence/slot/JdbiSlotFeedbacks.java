package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.slot.SlotFeedback;
import in.mrmentor.slot.port.SlotFeedbacks;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/** Feedback, one per slot: {@code slot_feedback_once} decides between two racing submissions. */
public final class JdbiSlotFeedbacks implements SlotFeedbacks {
    private final Jdbi jdbi;

    public JdbiSlotFeedbacks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(SlotFeedback feedback) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO slot_feedback (id, slot_id, student_id, rating, "
                        + "experience, comment, created_at) VALUES (:id, :slot, :student, :rating, :experience, "
                        + ":comment, :at) ON CONFLICT DO NOTHING")
                .bind("id", feedback.id()).bind("slot", feedback.slotId()).bind("student", feedback.studentId())
                .bind("rating", feedback.rating()).bind("experience", feedback.experience())
                .bindByType("comment", feedback.comment(), String.class).bind("at", utc(feedback.createdAt()))
                .execute()) == 1;
    }

    @Override
    public Optional<SlotFeedback> forSlot(UUID slotId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, slot_id, student_id, rating, experience, comment, "
                        + "created_at FROM slot_feedback WHERE slot_id = :slot")
                .bind("slot", slotId)
                .map((rs, ctx) -> new SlotFeedback(rs.getObject("id", UUID.class), rs.getObject("slot_id", UUID.class),
                        rs.getObject("student_id", UUID.class), rs.getInt("rating"), rs.getString("experience"),
                        rs.getString("comment"), Timestamps.instant(rs, "created_at")))
                .findOne());
    }
}

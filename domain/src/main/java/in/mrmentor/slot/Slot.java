package in.mrmentor.slot;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One mentor's time offered for a meeting (seed 003 {@code Slots}). {@code earningsCredited} is the
 * seed's guard against paying the mentor twice for one meeting; {@code tokensSpent} is what the
 * student paid, 0 until booked.
 */
public record Slot(UUID id, UUID mentorId, UUID studentId, MeetingTime time, long tokenCost, SlotStatus status,
                   boolean earningsCredited, long tokensSpent, Instant createdAt) {
    public Slot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (tokenCost < 0 || tokensSpent < 0) {
            throw new IllegalArgumentException("token amounts are never negative");
        }
        if (mentorId.equals(studentId)) {
            throw new IllegalArgumentException("a mentor cannot be the student of their own slot");
        }
    }

    /** A new slot, open for booking. */
    public static Slot offer(UUID id, UUID mentorId, MeetingTime time, long tokenCost, Instant now) {
        if (!time.start().isAfter(now)) {
            throw SlotErrors.pastStart();
        }
        return new Slot(id, mentorId, null, time, tokenCost, SlotStatus.TENTATIVE, false, 0, now);
    }

    /** The same slot in {@code next}, or 409 {@code INVALID_TRANSITION}. */
    public Slot moveTo(SlotStatus next) {
        if (!status.canMoveTo(next)) {
            throw SlotErrors.invalidTransition(status, next);
        }
        return new Slot(id, mentorId, studentId, time, tokenCost, next, earningsCredited, tokensSpent, createdAt);
    }

    /** Confirmed for one student who paid {@code spent} tokens. */
    public Slot bookedBy(UUID student, long spent) {
        if (studentId != null) {
            throw SlotErrors.notAvailable();
        }
        Slot confirmed = moveTo(SlotStatus.CONFIRMED);
        return new Slot(id, mentorId, Objects.requireNonNull(student, "student"), time, tokenCost, confirmed.status,
                earningsCredited, spent, createdAt);
    }

    public Slot withEarningsCredited() {
        return new Slot(id, mentorId, studentId, time, tokenCost, status, true, tokensSpent, createdAt);
    }

    /** Open for booking: nobody holds it and it has not started. */
    public boolean isBookable(Instant now) {
        return status == SlotStatus.TENTATIVE && studentId == null && time.start().isAfter(now);
    }

    public boolean isStudent(UUID userId) {
        return studentId != null && studentId.equals(userId);
    }

    public boolean isMentor(UUID userId) {
        return mentorId.equals(userId);
    }

    public boolean isParticipant(UUID userId) {
        return isStudent(userId) || isMentor(userId);
    }

    /** Two live slots of one mentor may not share a moment. */
    public boolean clashesWith(Slot other) {
        return mentorId.equals(other.mentorId) && status.isLive() && other.status.isLive()
                && time.overlaps(other.time);
    }
}

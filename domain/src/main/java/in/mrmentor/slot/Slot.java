package in.mrmentor.slot;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One mentor's time offered for a meeting (seed 003 {@code Slots}). {@code earningsCredited} is the
 * seed's guard against paying the mentor twice for one meeting.
 */
public record Slot(UUID id, UUID mentorId, UUID studentId, MeetingTime time, long tokenCost, SlotStatus status,
                   boolean earningsCredited, Instant createdAt) {
    public Slot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (tokenCost < 0) {
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
        return new Slot(id, mentorId, null, time, tokenCost, SlotStatus.TENTATIVE, false, now);
    }

    /** The same slot in {@code next}, or 409 {@code INVALID_TRANSITION}. */
    public Slot moveTo(SlotStatus next) {
        if (!status.canMoveTo(next)) {
            throw SlotErrors.invalidTransition(status, next);
        }
        return new Slot(id, mentorId, studentId, time, tokenCost, next, earningsCredited, createdAt);
    }

    /** Confirmed for one student, who pays its token cost. */
    public Slot bookedBy(UUID student) {
        if (studentId != null) {
            throw SlotErrors.notAvailable();
        }
        Slot confirmed = moveTo(SlotStatus.CONFIRMED);
        return new Slot(id, mentorId, Objects.requireNonNull(student, "student"), time, tokenCost, confirmed.status,
                earningsCredited, createdAt);
    }

    /**
     * What the booking cost its student: the token cost, which is fixed when the slot is offered. Which
     * accounts paid it is the booking payment's record, the only place the spend is stored.
     */
    public long tokensSpent() {
        return studentId == null ? 0 : tokenCost;
    }

    /**
     * The one bookability rule: an open (TENTATIVE, nobody holds it) slot that has not started, for
     * anyone but its own mentor. {@code JdbiSlots.claim} mirrors it in SQL; the slots contract pins
     * that every adapter agrees with it.
     */
    public boolean isBookableBy(UUID student, Instant now) {
        return isUnbooked() && time.start().isAfter(now) && !mentorId.equals(student);
    }

    /** Offered and never booked: what a mentor may retract and the cleanup may remove. */
    public boolean isUnbooked() {
        return status == SlotStatus.TENTATIVE && studentId == null;
    }

    /** The meeting may be joined: it is confirmed and {@code window} is open at {@code now}. */
    public boolean isJoinable(JoinWindow window, Instant now) {
        return status == SlotStatus.CONFIRMED && window.isOpen(time, now);
    }

    public boolean isCompleted() {
        return status == SlotStatus.COMPLETED;
    }

    /**
     * Completing the meeting, however often it is asked (the mentor, an admin and the provider's
     * webhook may all try): the first completion ends it, if {@link CompletionTimingPolicy} lets it
     * end now, and the first completion of a slot not yet credited credits the mentor
     * {@code earningPerMeetingPaise}, if that is anything, once. Asking again after it ended changes
     * nothing and is not judged again.
     */
    public SlotCompletion complete(CompletionRequest request, long earningPerMeetingPaise) {
        boolean endsNow = status != SlotStatus.COMPLETED;
        Slot completed = endsNow ? moveTo(SlotStatus.COMPLETED) : this;
        Optional<EarlyCompletion> early = endsNow ? CompletionTimingPolicy.check(request, this) : Optional.empty();
        if (completed.earningsCredited) {
            return new SlotCompletion(completed, endsNow, Optional.empty(), early);
        }
        var credit = earningPerMeetingPaise > 0
                ? Optional.of(new MeetingCredit(mentorId, earningPerMeetingPaise, paymentReference()))
                : Optional.<MeetingCredit>empty();
        return new SlotCompletion(new Slot(id, mentorId, studentId, time, tokenCost, completed.status, true,
                createdAt), endsNow, credit, early);
    }

    /** What the booking's payment, and the mentor's credit for the meeting, are filed under. */
    public String paymentReference() {
        return "slot:" + id;
    }

    /** What the refund of a cancelled booking is filed under. */
    public String refundReference() {
        return paymentReference() + ":refund";
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

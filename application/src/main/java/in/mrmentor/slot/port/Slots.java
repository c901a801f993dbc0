package in.mrmentor.slot.port;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mentors' slots. Writes join the caller's unit of work. The store itself refuses two live slots of
 * one mentor that overlap (in PostgreSQL: an exclusion constraint), and {@link #claim} is a
 * conditional write, so at most one student ever books a slot, whatever the code above does.
 */
public interface Slots {

    /** What an admin filters every slot by; each part null for "any". Start times in {@code [from, to)}. */
    record Filter(SlotStatus status, UUID mentorId, UUID studentId, Instant from, Instant to) {
    }

    /** Every slot matching the filter, by start time then id. */
    List<Slot> matching(Filter filter, PageRequest<TimeKey> page);

    /**
     * Holds the student until the unit of work ends (two bookings of one student queue here, across
     * processes), then counts the student's free (token cost 0) meetings that are confirmed or
     * completed, or on their way between (cancellation requested, under review).
     */
    int lockStudentAndCountFreeMeetings(UUID studentId);

    /** Stores a new slot; false (and nothing stored) when it overlaps one of the mentor's live slots. */
    boolean add(Slot slot);

    Optional<Slot> find(UUID id);

    /** {@link #find}, with the slot held until the unit of work ends. */
    Optional<Slot> lock(UUID id);

    /**
     * Confirms the slot for the student, atomically, when {@link Slot#isBookableBy} says it is
     * bookable. Returns the confirmed slot, or empty when someone else got there first, there is no
     * such slot, or it is not bookable.
     */
    Optional<Slot> claim(UUID id, UUID studentId, Instant now);

    /** Writes status, student and the earnings guard of an existing slot. */
    void update(Slot slot);

    /** A mentor's slots starting in {@code [from, to)} (either may be null), by start time then id. */
    List<Slot> byMentor(UUID mentorId, Instant from, Instant to, SlotStatus status, PageRequest<TimeKey> page);

    /** A student's slots, by start time then id. */
    List<Slot> byStudent(UUID studentId, PageRequest<TimeKey> page);

    /** Unbooked TENTATIVE slots whose start is before {@code now}. */
    List<Slot> unbookedStartedBefore(Instant now);

    /** CONFIRMED slots whose end is before {@code cutoff}. */
    List<Slot> confirmedEndedBefore(Instant cutoff);

    /** Removes an unbooked slot; false when it is no longer an unbooked TENTATIVE slot. */
    boolean removeUnbooked(UUID id);
}

package in.mrmentor.slot.port;

import in.mrmentor.slot.MeetingTime;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotFeedback;
import in.mrmentor.slot.SlotStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link MentorReputation} must do; the fixture writes through the slot ports. */
public abstract class MentorReputationContract {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected abstract Slots slots();

    protected abstract SlotFeedbacks feedbacks();

    protected abstract MentorReputation reputation();

    /** A user id the stores accept (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    private Slot meeting(UUID mentor, int hour, SlotStatus status) {
        var slot = Slot.offer(UUID.randomUUID(), mentor, MeetingTime.of(NOW.plus(Duration.ofHours(hour)), null), 1, NOW);
        slots().add(slot);
        var booked = slots().claim(slot.id(), aUser(), NOW).orElseThrow();
        var moved = status == SlotStatus.CONFIRMED ? booked : booked.moveTo(status);
        slots().update(moved);
        return moved;
    }

    private void rate(Slot slot, int rating) {
        feedbacks().add(new SlotFeedback(UUID.randomUUID(), slot.id(), slot.studentId(), rating, "Useful", null, NOW));
    }

    @Test
    void theAverageRatingCountsOnlyTheMentorsRatedMeetingsAndCompletedOnesAreCounted() {
        UUID mentor = aUser();
        rate(meeting(mentor, 1, SlotStatus.COMPLETED), 5);
        rate(meeting(mentor, 2, SlotStatus.COMPLETED), 4);
        meeting(mentor, 3, SlotStatus.COMPLETED);
        meeting(mentor, 4, SlotStatus.CONFIRMED);
        rate(meeting(aUser(), 1, SlotStatus.COMPLETED), 1);

        var reputation = reputation().of(mentor);

        assertThat(reputation.ratingAverage()).isEqualTo(4.5);
        assertThat(reputation.ratingCount()).isEqualTo(2);
        assertThat(reputation.completedMeetings()).isEqualTo(3);
    }

    @Test
    void anUnratedMentorHasNoAverage() {
        var reputation = reputation().of(aUser());

        assertThat(reputation.ratingAverage()).isNull();
        assertThat(reputation.ratingCount()).isZero();
        assertThat(reputation.completedMeetings()).isZero();
    }
}

package in.mrmentor.slot;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOMAIN.md "Mentorship slots": the lifecycle table, checked for every pair of statuses. */
class SlotLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void everyPairOfSlotStatusesFollowsTheTableOfDomainMd() {
        var allowed = Set.of(
                "TENTATIVE>MEETING_REQUESTED", "MEETING_REQUESTED>CONFIRMED", "TENTATIVE>CONFIRMED",
                "CONFIRMED>UNDER_REVIEW", "CONFIRMED>COMPLETED", "CONFIRMED>CANCELLATION_REQUESTED",
                "CONFIRMED>CANCELLED", "CANCELLATION_REQUESTED>CANCELLED",
                "UNDER_REVIEW>COMPLETED", "UNDER_REVIEW>CANCELLED");
        int checked = 0;
        for (SlotStatus from : SlotStatus.values()) {
            for (SlotStatus to : SlotStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed.contains(from + ">" + to));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(49);
    }

    @Test
    void everyPairOfWithdrawalAndRequestAndRecordingStatuses() {
        var withdrawals = Set.of("PENDING>APPROVED", "PENDING>REJECTED", "APPROVED>PAID", "APPROVED>REJECTED");
        for (WithdrawalStatus from : WithdrawalStatus.values()) {
            for (WithdrawalStatus to : WithdrawalStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(withdrawals.contains(from + ">" + to));
            }
        }
        var requests = Set.of("MEETING_REQUESTED>CONFIRMED", "MEETING_REQUESTED>DECLINED",
                "MEETING_REQUESTED>WITHDRAWN");
        for (SlotRequestStatus from : SlotRequestStatus.values()) {
            for (SlotRequestStatus to : SlotRequestStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(requests.contains(from + ">" + to));
            }
        }
        var recordings = Set.of("RECORDING>PROCESSING", "RECORDING>UPLOADED", "RECORDING>FAILED", "RECORDING>DELETED",
                "PROCESSING>UPLOADED", "PROCESSING>FAILED", "PROCESSING>DELETED", "UPLOADED>DELETED",
                "FAILED>DELETED");
        for (RecordingStatus from : RecordingStatus.values()) {
            for (RecordingStatus to : RecordingStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(recordings.contains(from + ">" + to));
            }
        }
    }

    @Test
    void anIllegalMoveIsAnInvalidTransitionConflict() {
        var slot = aSlot(NOW.plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> slot.moveTo(SlotStatus.COMPLETED))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(SlotErrors.INVALID_TRANSITION));
    }

    @Test
    void aSlotLastsThirtyMinutesUnlessToldAndMustStartInTheFuture() {
        var time = MeetingTime.of(NOW.plusSeconds(60), null);
        assertThat(Duration.between(time.start(), time.end())).isEqualTo(Duration.ofMinutes(30));

        assertThatThrownBy(() -> aSlot(NOW.minusSeconds(1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> MeetingTime.of(NOW, NOW.minusSeconds(1))).isInstanceOf(DomainException.class);
    }

    @Test
    void aBookedSlotIsConfirmedForOneStudentOnly() {
        var slot = aSlot(NOW.plus(Duration.ofHours(1)));
        UUID student = UUID.randomUUID();

        var booked = slot.bookedBy(student);

        assertThat(booked.status()).isEqualTo(SlotStatus.CONFIRMED);
        assertThat(booked.isStudent(student)).isTrue();
        assertThat(booked.isBookableBy(UUID.randomUUID(), NOW)).isFalse();
        assertThatThrownBy(() -> booked.bookedBy(UUID.randomUUID())).isInstanceOf(DomainException.class);
    }

    @Test
    void liveSlotsOfOneMentorClashWhenTheyShareAMomentAndCancelledOnesNever() {
        UUID mentor = UUID.randomUUID();
        var ten = slot(mentor, NOW.plus(Duration.ofHours(1)));
        var tenFifteen = slot(mentor, NOW.plus(Duration.ofMinutes(75)));
        var tenThirty = slot(mentor, NOW.plus(Duration.ofMinutes(90)));

        assertThat(ten.clashesWith(tenFifteen)).isTrue();
        assertThat(ten.clashesWith(tenThirty)).as("back to back").isFalse();
        assertThat(ten.clashesWith(slot(UUID.randomUUID(), NOW.plus(Duration.ofHours(1))))).isFalse();
        var cancelled = tenFifteen.bookedBy(UUID.randomUUID()).moveTo(SlotStatus.CANCELLED);
        assertThat(ten.clashesWith(cancelled)).isFalse();
    }

    @Test
    void theJoinWindowOpensABufferBeforeTheStartAndClosesAtTheEnd() {
        var time = MeetingTime.of(NOW.plus(Duration.ofHours(1)), null);
        var strict = new JoinWindow(Duration.ofMinutes(5), false);
        var early = new JoinWindow(Duration.ofMinutes(5), true);

        assertThat(strict.isOpen(time, time.start().minus(Duration.ofMinutes(6)))).isFalse();
        assertThat(strict.isOpen(time, time.start().minus(Duration.ofMinutes(5)))).isTrue();
        assertThat(strict.isOpen(time, time.end())).isTrue();
        assertThat(strict.isOpen(time, time.end().plusSeconds(1))).isFalse();
        assertThat(early.isOpen(time, NOW)).isTrue();
        assertThat(early.isOpen(time, time.end().plusSeconds(1))).isFalse();
    }

    private static Slot aSlot(Instant start) {
        return slot(UUID.randomUUID(), start);
    }

    private static Slot slot(UUID mentor, Instant start) {
        return Slot.offer(UUID.randomUUID(), mentor, MeetingTime.of(start, null), 2, NOW);
    }
}

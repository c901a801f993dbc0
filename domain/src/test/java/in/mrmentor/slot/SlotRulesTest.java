package in.mrmentor.slot;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The slot's own rules: when it is bookable, what completing it credits, and when it may be joined. */
class SlotRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID MENTOR = UUID.randomUUID();
    private static final UUID STUDENT = UUID.randomUUID();

    private static Slot open(Duration startsIn) {
        return new Slot(UUID.randomUUID(), MENTOR, null, MeetingTime.of(NOW.plus(startsIn), null), 2,
                SlotStatus.TENTATIVE, false, NOW.minus(Duration.ofDays(1)));
    }

    /** Its mentor completes it the moment it starts: what every slot here allows. */
    private static CompletionRequest atTheStart() {
        return CompletionRequest.by(Actor.user(MENTOR), NOW.plus(Duration.ofHours(1)));
    }

    private static Slot booked() {
        return open(Duration.ofHours(1)).bookedBy(STUDENT);
    }

    @Test
    void onlyAnOpenSlotThatHasNotStartedIsBookableAndNeverByItsOwnMentor() {
        assertThat(open(Duration.ofHours(1)).isBookableBy(STUDENT, NOW)).isTrue();
        assertThat(open(Duration.ofHours(1)).isBookableBy(MENTOR, NOW)).as("own slot").isFalse();
        assertThat(open(Duration.ZERO).isBookableBy(STUDENT, NOW)).as("starting now").isFalse();
        assertThat(open(Duration.ofHours(-1)).isBookableBy(STUDENT, NOW)).as("started").isFalse();
        assertThat(booked().isBookableBy(UUID.randomUUID(), NOW)).as("held").isFalse();
        for (SlotStatus status : SlotStatus.values()) {
            var slot = new Slot(UUID.randomUUID(), MENTOR, null, MeetingTime.of(NOW.plusSeconds(3600), null), 2,
                    status, false, NOW);
            assertThat(slot.isBookableBy(STUDENT, NOW)).as(status.name()).isEqualTo(status == SlotStatus.TENTATIVE);
        }
    }

    @Test
    void anUnbookedSlotIsATentativeOneWithoutAStudent() {
        assertThat(open(Duration.ofHours(1)).isUnbooked()).isTrue();
        assertThat(booked().isUnbooked()).isFalse();
        assertThat(open(Duration.ofHours(1)).moveTo(SlotStatus.MEETING_REQUESTED).isUnbooked()).isFalse();
    }

    @Test
    void theStudentSpendsTheTokenCostOnceBooked() {
        assertThat(open(Duration.ofHours(1)).tokensSpent()).isZero();
        assertThat(booked().tokensSpent()).isEqualTo(2);
        assertThat(booked().moveTo(SlotStatus.CANCELLED).tokensSpent()).isEqualTo(2);
    }

    @Test
    void theFirstCompletionEndsTheMeetingAndCreditsTheMentorOnce() {
        var slot = booked();

        var first = slot.complete(atTheStart(), 35_000);

        assertThat(first.endedNow()).isTrue();
        assertThat(first.slot().status()).isEqualTo(SlotStatus.COMPLETED);
        assertThat(first.slot().earningsCredited()).isTrue();
        assertThat(first.credit()).contains(new MeetingCredit(MENTOR, 35_000, "slot:" + slot.id()));
        assertThat(first.credit().orElseThrow().kind()).isEqualTo(EarningKind.MEETING);

        var again = first.slot().complete(atTheStart(), 35_000);

        assertThat(again.endedNow()).isFalse();
        assertThat(again.credit()).isEmpty();
        assertThat(again.slot()).isEqualTo(first.slot());
    }

    @Test
    void aMentorWhoEarnsNothingIsCreditedNothingButTheGuardIsSetAllTheSame() {
        var completion = booked().complete(atTheStart(), 0);

        assertThat(completion.credit()).isEmpty();
        assertThat(completion.slot().earningsCredited()).isTrue();
        assertThat(completion.slot().complete(atTheStart(), 35_000).credit()).as("a later profile change pays nothing").isEmpty();
    }

    @Test
    void aCompletedSlotNotYetCreditedIsCreditedWithoutEndingAgain() {
        var completedUncredited = booked().moveTo(SlotStatus.COMPLETED);

        var completion = completedUncredited.complete(atTheStart(), 10_000);

        assertThat(completion.endedNow()).isFalse();
        assertThat(completion.credit()).isPresent();
        assertThat(completion.slot().earningsCredited()).isTrue();
    }

    @Test
    void onlyAConfirmedOrReviewedSlotCanBeCompleted() {
        assertThatThrownBy(() -> open(Duration.ofHours(1)).complete(atTheStart(), 1_000))
                .hasMessageContaining("cannot become COMPLETED");
        assertThat(booked().moveTo(SlotStatus.UNDER_REVIEW).complete(atTheStart(), 1_000).endedNow()).isTrue();
    }

    @Test
    void aMeetingCreditsAndAWithdrawalDebitsNeverTheOtherWayRound() {
        assertThat(EarningKind.MEETING.allows(1)).isTrue();
        assertThat(EarningKind.MEETING.allows(0)).isFalse();
        assertThat(EarningKind.MEETING.allows(-1)).isFalse();
        assertThat(EarningKind.WITHDRAWAL.allows(-1)).isTrue();
        assertThat(EarningKind.WITHDRAWAL.allows(0)).isFalse();
        assertThat(EarningKind.WITHDRAWAL.allows(1)).isFalse();
        assertThatThrownBy(() -> new MeetingCredit(MENTOR, 0, "slot:x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarningTransaction(UUID.randomUUID(), MENTOR, EarningKind.WITHDRAWAL, 5, 5,
                "withdrawal:x", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConfirmedMeetingIsJoinableWhileItsWindowIsOpen() {
        var window = new JoinWindow(Duration.ofMinutes(5), false);
        var slot = booked();

        assertThat(slot.isJoinable(window, slot.time().start().minus(Duration.ofMinutes(5)))).isTrue();
        assertThat(slot.isJoinable(window, slot.time().start().minus(Duration.ofMinutes(6)))).isFalse();
        assertThat(slot.moveTo(SlotStatus.CANCELLATION_REQUESTED).isJoinable(window, slot.time().start())).isFalse();
    }

    @Test
    void paymentsAndRefundsAreFiledUnderTheSlot() {
        var slot = booked();

        assertThat(slot.paymentReference()).isEqualTo("slot:" + slot.id());
        assertThat(slot.refundReference()).isEqualTo("slot:" + slot.id() + ":refund");
    }

    @Test
    void aRequestIsAddressedToItsMentorOnly() {
        var request = new SlotRequest(UUID.randomUUID(), STUDENT, MENTOR, NOW.plusSeconds(3600), null,
                SlotRequestStatus.MEETING_REQUESTED, null, NOW);

        assertThat(request.isAddressedTo(MENTOR)).isTrue();
        assertThat(request.isAddressedTo(STUDENT)).isFalse();
    }
}

package in.mrmentor.slot;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11 item 4: a meeting is completed, and its mentor paid, from its start on; earlier only by an admin who says why. */
class CompletionTimingPolicyTest {
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID MENTOR = UUID.randomUUID();
    private static final UUID ADMIN = UUID.randomUUID();

    private static Slot booked() {
        return Slot.offer(UUID.randomUUID(), MENTOR, MeetingTime.of(START, null), 1, START.minus(Duration.ofDays(3)))
                .bookedBy(UUID.randomUUID());
    }

    private static void notStarted(Runnable completion) {
        assertThatThrownBy(completion::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(SlotErrors.MEETING_NOT_STARTED);
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        });
    }

    @Test
    void nobodyCompletesBeforeTheStartWithoutAReasonNotEvenAnAdminOrTheMeetingEvent() {
        var slot = booked();
        var secondBefore = START.minusSeconds(1);

        notStarted(() -> slot.complete(CompletionRequest.by(Actor.user(MENTOR), secondBefore), 35_000));
        notStarted(() -> slot.complete(CompletionRequest.by(Actor.administrator(ADMIN), secondBefore), 35_000));
        // The meeting provider's event acts as an administrator for the mentor and never gives a reason.
        notStarted(() -> slot.complete(CompletionRequest.by(Actor.administrator(MENTOR), START.minus(Duration.ofDays(2))),
                35_000));
    }

    @Test
    void aReasonDoesNotLetTheMentorCompleteEarly() {
        notStarted(() -> booked().complete(new CompletionRequest(Actor.user(MENTOR), START.minusSeconds(60),
                Optional.of("we met already")), 35_000));
    }

    @Test
    void fromTheStartOnTheMentorCompletesAndNothingEarlyIsRecorded() {
        var completion = booked().complete(CompletionRequest.by(Actor.user(MENTOR), START), 35_000);

        assertThat(completion.slot().isCompleted()).isTrue();
        assertThat(completion.credit()).isPresent();
        assertThat(completion.early()).isEmpty();
    }

    @Test
    void anAdminCompletesEarlyWithAReasonWhichIsRecorded() {
        var slot = booked();
        var twoDaysBefore = START.minus(Duration.ofDays(2));

        var completion = slot.complete(new CompletionRequest(Actor.administrator(ADMIN), twoDaysBefore,
                Optional.of("  Met earlier by phone  ")), 35_000);

        assertThat(completion.slot().isCompleted()).isTrue();
        assertThat(completion.credit()).isPresent();
        assertThat(completion.early()).contains(new EarlyCompletion(slot.id(), ADMIN, "Met earlier by phone", twoDaysBefore));
    }

    @Test
    void aBlankReasonIsInvalid() {
        assertThatThrownBy(() -> new CompletionRequest(Actor.administrator(ADMIN), START, Optional.of(" ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
    }

    @Test
    void aCompletedSlotAskedAgainBeforeItsStartStaysCompletedAndIsNotJudgedAgain() {
        var early = booked().complete(new CompletionRequest(Actor.administrator(ADMIN), START.minusSeconds(600),
                Optional.of("Met earlier")), 35_000).slot();

        var again = early.complete(CompletionRequest.by(Actor.user(MENTOR), START.minusSeconds(300)), 35_000);

        assertThat(again.endedNow()).isFalse();
        assertThat(again.credit()).isEmpty();
        assertThat(again.early()).isEmpty();
    }
}

package in.mrmentor.slot;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may act on a slot: every policy against every kind of actor. */
class SlotAccessPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID MENTOR = UUID.randomUUID();
    private static final UUID STUDENT = UUID.randomUUID();
    private static final UUID STRANGER = UUID.randomUUID();
    private static final Slot BOOKED = Slot.offer(UUID.randomUUID(), MENTOR,
            MeetingTime.of(NOW.plus(Duration.ofHours(1)), null), 2, NOW).bookedBy(STUDENT);

    /** Actor kinds, in the order of each policy's expected answers below. */
    private static final Actor[] ACTORS = {
            Actor.user(MENTOR), Actor.user(STUDENT), Actor.user(STRANGER),
            Actor.administrator(MENTOR), Actor.administrator(STUDENT), Actor.administrator(STRANGER)};

    private static final Map<SlotAccessPolicy, boolean[]> ALLOWS = Map.of(
            SlotAccessPolicy.SEE_WHO_BOOKED, new boolean[]{true, true, false, true, true, true},
            //                                     mentor student stranger admin-mentor admin-student admin
            SlotAccessPolicy.MENTOR_OR_ADMIN, new boolean[]{true, false, false, true, true, true},
            SlotAccessPolicy.PARTICIPANT_OR_ADMIN, new boolean[]{true, true, false, true, true, true},
            SlotAccessPolicy.PARTICIPANT, new boolean[]{true, true, false, true, true, false},
            SlotAccessPolicy.STUDENT, new boolean[]{false, true, false, false, true, false},
            SlotAccessPolicy.MENTOR, new boolean[]{true, false, false, true, false, false});

    @Test
    void everyPolicyAnswersForEveryKindOfActor() {
        assertThat(ALLOWS).containsOnlyKeys(SlotAccessPolicy.values());
        ALLOWS.forEach((policy, expected) -> {
            for (int i = 0; i < ACTORS.length; i++) {
                assertThat(policy.allows(ACTORS[i], BOOKED)).as(policy + " " + ACTORS[i]).isEqualTo(expected[i]);
            }
        });
    }

    @Test
    void aRefusedActorIsForbiddenAsNotAParticipantAndAnAllowedOnePasses() {
        ALLOWS.forEach((policy, expected) -> {
            for (int i = 0; i < ACTORS.length; i++) {
                Actor actor = ACTORS[i];
                if (expected[i]) {
                    assertThatCode(() -> policy.check(actor, BOOKED)).doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> policy.check(actor, BOOKED)).as(policy + " " + actor)
                            .isInstanceOfSatisfying(DomainException.class,
                                    e -> assertThat(e.code()).isEqualTo(SlotErrors.NOT_PARTICIPANT));
                }
            }
        });
    }

    @Test
    void anUnbookedSlotHasNoStudentToAllow() {
        var open = Slot.offer(UUID.randomUUID(), MENTOR, MeetingTime.of(NOW.plus(Duration.ofHours(1)), null), 2, NOW);

        assertThat(SlotAccessPolicy.STUDENT.allows(Actor.user(STUDENT), open)).isFalse();
        assertThat(SlotAccessPolicy.PARTICIPANT.allows(Actor.user(STUDENT), open)).isFalse();
        assertThat(SlotAccessPolicy.PARTICIPANT.allows(Actor.user(MENTOR), open)).isTrue();
    }
}

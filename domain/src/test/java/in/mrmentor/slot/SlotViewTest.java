package in.mrmentor.slot;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11 item 3: who booked a slot is shown to its student, its mentor and admins only. */
class SlotViewTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID MENTOR = UUID.randomUUID();
    private static final UUID STUDENT = UUID.randomUUID();
    private static final Slot OPEN = Slot.offer(UUID.randomUUID(), MENTOR,
            MeetingTime.of(NOW.plus(Duration.ofHours(1)), null), 2, NOW);
    private static final Slot BOOKED = OPEN.bookedBy(STUDENT);

    @Test
    void theStudentTheMentorAndAnAdminSeeWhoBooked() {
        for (Actor viewer : new Actor[] {Actor.user(STUDENT), Actor.user(MENTOR), Actor.administrator(UUID.randomUUID())}) {
            var view = SlotView.of(BOOKED, viewer);
            assertThat(view.booked()).isTrue();
            assertThat(view.student()).as(viewer.toString()).contains(STUDENT);
        }
    }

    @Test
    void anotherStudentSeesOnlyThatTheSlotIsBooked() {
        var view = SlotView.of(BOOKED, Actor.user(UUID.randomUUID()));

        assertThat(view.booked()).isTrue();
        assertThat(view.student()).isEmpty();
    }

    @Test
    void anOpenSlotIsNotBookedForAnyone() {
        var view = SlotView.of(OPEN, Actor.administrator(UUID.randomUUID()));

        assertThat(view.booked()).isFalse();
        assertThat(view.student()).isEmpty();
    }
}

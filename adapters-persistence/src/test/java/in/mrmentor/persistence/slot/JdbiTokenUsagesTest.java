package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.MeetingTime;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.port.SlotFeedbacks;
import in.mrmentor.slot.port.TokenUsages;
import in.mrmentor.slot.port.TokenUsagesContract;

import java.time.Duration;
import java.util.UUID;

class JdbiTokenUsagesTest extends TokenUsagesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected TokenUsages newUsages() {
        return new JdbiTokenUsages(database.jdbi());
    }

    @Override
    protected SlotFeedbacks newFeedbacks() {
        return new JdbiSlotFeedbacks(database.jdbi());
    }

    @Override
    protected UUID[] aBookedSlot() {
        UUID mentor = TestUsers.insert(database.jdbi());
        UUID student = TestUsers.insert(database.jdbi());
        var slot = Slot.offer(UUID.randomUUID(), mentor, MeetingTime.of(NOW.plus(Duration.ofHours(1)), null), 1, NOW);
        var slots = new JdbiSlots(database.jdbi());
        slots.add(slot);
        slots.claim(slot.id(), student, NOW);
        return new UUID[] {slot.id(), student};
    }
}

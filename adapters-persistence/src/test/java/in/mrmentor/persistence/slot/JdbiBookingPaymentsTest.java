package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.MeetingTime;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.port.BookingPayments;
import in.mrmentor.slot.port.BookingPaymentsContract;
import in.mrmentor.slot.port.SlotFeedbacks;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.UUID;

class JdbiBookingPaymentsTest extends BookingPaymentsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected BookingPayments newPayments() {
        return new JdbiBookingPayments(database.jdbi());
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

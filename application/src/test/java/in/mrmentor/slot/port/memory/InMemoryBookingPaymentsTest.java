package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.BookingPayments;
import in.mrmentor.slot.port.BookingPaymentsContract;
import in.mrmentor.slot.port.SlotFeedbacks;

import java.util.UUID;

class InMemoryBookingPaymentsTest extends BookingPaymentsContract {
    @Override
    protected BookingPayments newPayments() {
        return new InMemoryBookingPayments();
    }

    @Override
    protected SlotFeedbacks newFeedbacks() {
        return new InMemorySlotFeedbacks();
    }

    @Override
    protected UUID[] aBookedSlot() {
        return new UUID[] {UUID.randomUUID(), UUID.randomUUID()};
    }
}

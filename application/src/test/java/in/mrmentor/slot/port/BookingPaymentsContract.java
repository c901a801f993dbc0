package in.mrmentor.slot.port;

import in.mrmentor.slot.SlotFeedback;
import in.mrmentor.token.BookingSpend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link BookingPayments} and {@link SlotFeedbacks} must do: each happens once per slot. */
public abstract class BookingPaymentsContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected BookingPayments payments;
    protected SlotFeedbacks feedbacks;

    protected abstract BookingPayments newPayments();

    protected abstract SlotFeedbacks newFeedbacks();

    /** A booked slot the store accepts, as {@code [slotId, studentId]}. */
    protected abstract UUID[] aBookedSlot();

    @BeforeEach
    void fresh() {
        payments = newPayments();
        feedbacks = newFeedbacks();
    }

    @Test
    void aUsageReadsBackAndIsRefundedOnce() {
        UUID[] booked = aBookedSlot();
        payments.record(booked[0], booked[1], new BookingSpend(1, 2), NOW);

        var payment = payments.find(booked[0]).orElseThrow();
        assertThat(payment.spent()).isEqualTo(new BookingSpend(1, 2));
        assertThat(payment.studentId()).isEqualTo(booked[1]);
        assertThat(payment.refundedAt()).isNull();

        assertThat(payments.markRefunded(booked[0], NOW)).isTrue();
        assertThat(payments.markRefunded(booked[0], NOW)).isFalse();
        assertThat(payments.find(booked[0]).orElseThrow().refundedAt()).isEqualTo(NOW);
        assertThat(payments.markRefunded(UUID.randomUUID(), NOW)).isFalse();
    }

    @Test
    void aSlotTakesOneFeedback() {
        UUID[] booked = aBookedSlot();
        var first = new SlotFeedback(UUID.randomUUID(), booked[0], booked[1], 5, "great", null, NOW);

        assertThat(feedbacks.add(first)).isTrue();
        assertThat(feedbacks.add(new SlotFeedback(UUID.randomUUID(), booked[0], booked[1], 1, "again", "x", NOW)))
                .isFalse();
        assertThat(feedbacks.forSlot(booked[0])).contains(first);
    }
}

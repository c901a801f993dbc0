package in.mrmentor.slot.port;

import in.mrmentor.slot.SlotFeedback;
import in.mrmentor.token.BookingSpend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link TokenUsages} and {@link SlotFeedbacks} must do: each happens once per slot. */
public abstract class TokenUsagesContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected TokenUsages usages;
    protected SlotFeedbacks feedbacks;

    protected abstract TokenUsages newUsages();

    protected abstract SlotFeedbacks newFeedbacks();

    /** A booked slot the store accepts, as {@code [slotId, studentId]}. */
    protected abstract UUID[] aBookedSlot();

    @BeforeEach
    void fresh() {
        usages = newUsages();
        feedbacks = newFeedbacks();
    }

    @Test
    void aUsageReadsBackAndIsRefundedOnce() {
        UUID[] booked = aBookedSlot();
        usages.record(booked[0], booked[1], new BookingSpend(1, 2), NOW);

        var usage = usages.find(booked[0]).orElseThrow();
        assertThat(usage.spent()).isEqualTo(new BookingSpend(1, 2));
        assertThat(usage.studentId()).isEqualTo(booked[1]);
        assertThat(usage.refundedAt()).isNull();

        assertThat(usages.markRefunded(booked[0], NOW)).isTrue();
        assertThat(usages.markRefunded(booked[0], NOW)).isFalse();
        assertThat(usages.find(booked[0]).orElseThrow().refundedAt()).isEqualTo(NOW);
        assertThat(usages.markRefunded(UUID.randomUUID(), NOW)).isFalse();
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

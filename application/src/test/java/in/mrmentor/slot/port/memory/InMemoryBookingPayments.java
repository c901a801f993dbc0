package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.port.BookingPayments;
import in.mrmentor.token.BookingSpend;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryBookingPayments implements BookingPayments, InMemoryTransactions.Participant {
    private final Map<UUID, BookingPayment> rows = new HashMap<>();

    @Override
    public synchronized void record(UUID slotId, UUID studentId, BookingSpend spent, Instant at) {
        if (rows.putIfAbsent(slotId, new BookingPayment(slotId, studentId, spent, at, null)) != null) {
            throw new IllegalStateException("a slot is paid for once: " + slotId);
        }
    }

    @Override
    public synchronized Optional<BookingPayment> find(UUID slotId) {
        return Optional.ofNullable(rows.get(slotId));
    }

    @Override
    public synchronized boolean markRefunded(UUID slotId, Instant at) {
        BookingPayment payment = rows.get(slotId);
        if (payment == null || payment.refundedAt() != null) {
            return false;
        }
        rows.put(slotId, new BookingPayment(slotId, payment.studentId(), payment.spent(), payment.at(), at));
        return true;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, BookingPayment> copy = new HashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}

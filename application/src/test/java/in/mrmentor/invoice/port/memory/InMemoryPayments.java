package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.Payment;
import in.mrmentor.invoice.PaymentStatus;
import in.mrmentor.invoice.port.Payments;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryPayments implements Payments, InMemoryTransactions.Participant {
    private final Map<UUID, Payment> rows = new LinkedHashMap<>();

    @Override
    public synchronized Payment addOnce(Payment payment) {
        if (payment.gatewayPaymentId() != null) {
            var existing = findByGatewayPaymentId(payment.gatewayPaymentId());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        rows.putIfAbsent(payment.id(), payment);
        return rows.get(payment.id());
    }

    @Override
    public synchronized Optional<Payment> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Payment> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized Optional<Payment> findByGatewayPaymentId(String gatewayPaymentId) {
        return rows.values().stream().filter(p -> gatewayPaymentId.equals(p.gatewayPaymentId())).findFirst();
    }

    @Override
    public synchronized void replace(Payment payment) {
        rows.replace(payment.id(), payment);
    }

    @Override
    public synchronized List<Payment> list(PaymentStatus status, boolean refundDueOnly, Instant from, Instant to,
                                           PageRequest<TimeKey> page) {
        var matching = rows.values().stream()
                .filter(p -> status == null || p.status() == status)
                .filter(p -> !refundDueOnly || p.refundDue())
                .filter(p -> from == null || !p.receivedAt().isBefore(from))
                .filter(p -> to == null || p.receivedAt().isBefore(to))
                .toList();
        return page.take(matching, p -> new TimeKey(p.receivedAt(), p.id()), TimeKey.NEWEST_FIRST);
    }

    @Override
    public synchronized Runnable snapshot() {
        var copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}

package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.port.PaymentOrders;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryPaymentOrders implements PaymentOrders, InMemoryTransactions.Participant {
    private final Map<String, PaymentOrder> rows = new HashMap<>();

    @Override
    public synchronized boolean add(PaymentOrder order) {
        return rows.putIfAbsent(order.orderId(), order) == null;
    }

    @Override
    public synchronized Optional<PaymentOrder> find(String orderId) {
        return Optional.ofNullable(rows.get(orderId));
    }

    @Override
    public synchronized Runnable snapshot() {
        var copy = new HashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}

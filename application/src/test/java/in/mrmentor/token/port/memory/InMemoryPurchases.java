package in.mrmentor.token.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.token.Purchase;
import in.mrmentor.token.port.Purchases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryPurchases implements Purchases, InMemoryTransactions.Participant {
    private final Map<UUID, Purchase> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(Purchase purchase) {
        boolean orderTaken = rows.values().stream().anyMatch(p -> p.orderId().equals(purchase.orderId()));
        if (orderTaken || rows.containsKey(purchase.id())) {
            throw new IllegalStateException("purchase or order exists: " + purchase.id());
        }
        rows.put(purchase.id(), purchase);
    }

    @Override
    public synchronized Optional<Purchase> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Purchase> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized Optional<Purchase> lockByOrderId(String orderId) {
        return rows.values().stream().filter(p -> p.orderId().equals(orderId)).findFirst();
    }

    @Override
    public synchronized void replace(Purchase purchase) {
        rows.replace(purchase.id(), purchase);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Purchase> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}

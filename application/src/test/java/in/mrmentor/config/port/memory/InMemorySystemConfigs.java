package in.mrmentor.config.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import in.mrmentor.config.SystemConfig;
import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemorySystemConfigs implements SystemConfigs, InMemoryTransactions.Participant {
    private final Map<UUID, SystemConfig> rows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<SystemConfig> findByKey(String key) {
        return rows.values().stream().filter(row -> row.key().equals(key)).findFirst();
    }

    @Override
    public synchronized Optional<SystemConfig> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<SystemConfig> all() {
        return rows.values().stream().sorted(Comparator.comparing(SystemConfig::key)).toList();
    }

    @Override
    public synchronized List<SystemConfig> page(PageRequest<TextKey> page) {
        return page.take(rows.values(), config -> new TextKey(config.key(), config.id()), TextKey.ASCENDING);
    }

    @Override
    public synchronized void add(SystemConfig config) {
        if (findByKey(config.key()).isPresent() || rows.containsKey(config.id())) {
            throw DomainException.conflict("CONFIG_KEY_TAKEN", "A configuration row with that key already exists.");
        }
        rows.put(config.id(), config);
    }

    @Override
    public synchronized boolean replace(SystemConfig config) {
        return rows.replace(config.id(), config) != null;
    }

    @Override
    public synchronized boolean remove(UUID id) {
        return rows.remove(id) != null;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, SystemConfig> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}

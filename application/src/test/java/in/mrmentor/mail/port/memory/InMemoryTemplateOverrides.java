package in.mrmentor.mail.port.memory;

import in.mrmentor.mail.TemplateOverride;
import in.mrmentor.mail.port.TemplateOverrides;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryTemplateOverrides implements TemplateOverrides, InMemoryTransactions.Participant {
    private final TreeMap<String, TemplateOverride> rows = new TreeMap<>();

    @Override
    public synchronized Optional<TemplateOverride> find(String name) {
        return Optional.ofNullable(rows.get(name));
    }

    @Override
    public synchronized void save(TemplateOverride override) {
        rows.put(override.name(), override);
    }

    @Override
    public synchronized boolean delete(String name) {
        return rows.remove(name) != null;
    }

    @Override
    public synchronized List<TemplateOverride> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        var copy = new TreeMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}

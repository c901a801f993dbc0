package in.mrmentor.pap.port.memory;

import in.mrmentor.pap.AgreementTemplate;
import in.mrmentor.pap.port.AgreementTemplates;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryAgreementTemplates implements AgreementTemplates, InMemoryTransactions.Participant {
    private final TreeMap<Integer, AgreementTemplate> rows = new TreeMap<>();

    @Override
    public synchronized Optional<AgreementTemplate> latest() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.lastEntry().getValue());
    }

    @Override
    public synchronized Optional<AgreementTemplate> find(int version) {
        return Optional.ofNullable(rows.get(version));
    }

    @Override
    public synchronized boolean add(AgreementTemplate template) {
        return rows.putIfAbsent(template.version(), template) == null;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Integer, AgreementTemplate> copy = new TreeMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}

package in.mrmentor.lead.port.memory;

import in.mrmentor.lead.Lead;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.LeadScope;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Leads in memory, with the unique phone and e-mail of the real store checked under one lock. */
public final class InMemoryLeads implements Leads, InMemoryTransactions.Participant {
    private final Map<UUID, Lead> rows = new LinkedHashMap<>();

    @Override
    public synchronized Added add(Lead lead) {
        Optional<Lead> byPhone = rows.values().stream().filter(l -> l.phone().equals(lead.phone())).findFirst();
        if (byPhone.isPresent()) {
            return new Duplicate(byPhone.get().id());
        }
        Optional<Lead> byEmail = lead.email() == null ? Optional.empty()
                : rows.values().stream().filter(l -> lead.email().equals(l.email())).findFirst();
        if (byEmail.isPresent()) {
            return new Duplicate(byEmail.get().id());
        }
        rows.put(lead.id(), lead);
        return new Created(lead);
    }

    @Override
    public synchronized Optional<Lead> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<UUID> idByEmail(String email) {
        return rows.values().stream().filter(l -> email.equals(l.email())).map(Lead::id).findFirst();
    }

    @Override
    public synchronized Optional<Lead> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized void replace(Lead lead) {
        if (lead.email() != null && rows.values().stream()
                .anyMatch(l -> !l.id().equals(lead.id()) && lead.email().equals(l.email()))) {
            throw LeadErrors.duplicate(null);
        }
        rows.replace(lead.id(), lead);
    }

    @Override
    public synchronized List<Lead> page(LeadScope scope, Filter filter, PageRequest<TimeKey> page) {
        var matching = rows.values().stream()
                .filter(scope::includes)
                .filter(l -> filter.stage() == null || l.stage() == filter.stage())
                .filter(l -> filter.assignedTo() == null || filter.assignedTo().equals(l.assignedTo()))
                .filter(l -> filter.tag() == null || l.tags().contains(filter.tag()))
                .filter(l -> filter.interestLevel() == null || l.interestLevel() == filter.interestLevel())
                .filter(l -> filter.q() == null || matches(l, filter.q().trim()))
                .toList();
        return page.take(matching, l -> new TimeKey(l.createdAt(), l.id()), TimeKey.NEWEST_FIRST);
    }

    private static boolean matches(Lead lead, String q) {
        String lower = q.toLowerCase(Locale.ROOT);
        return lead.name().toLowerCase(Locale.ROOT).contains(lower) || lead.phone().contains(q)
                || (lead.email() != null && lead.email().contains(lower));
    }

    @Override
    public synchronized Map<UUID, Long> openLoads(Collection<UUID> userIds) {
        Map<UUID, Long> loads = new HashMap<>();
        userIds.forEach(id -> loads.put(id, rows.values().stream()
                .filter(l -> Objects.equals(id, l.assignedTo()) && l.stage().isOpen()).count()));
        return loads;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Lead> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}

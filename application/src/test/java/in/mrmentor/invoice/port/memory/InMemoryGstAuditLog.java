package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.GstAuditEntry;
import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

public final class InMemoryGstAuditLog implements GstAuditLog, InMemoryTransactions.Participant {
    private final List<GstAuditEntry> rows = new ArrayList<>();
    private long sequence;

    @Override
    public synchronized void append(GstAuditEntry entry) {
        sequence++;
        rows.add(new GstAuditEntry(sequence, entry.id(), entry.at(), entry.action(), entry.invoiceId(),
                entry.documentNumber(), entry.actor(), entry.detail()));
    }

    @Override
    public synchronized List<GstAuditEntry> list(UUID invoiceId, PageRequest<Long> page) {
        var matching = rows.stream().filter(e -> invoiceId == null || invoiceId.equals(e.invoiceId())).toList();
        return page.take(matching, GstAuditEntry::sequence, Comparator.<Long>reverseOrder());
    }

    @Override
    public synchronized Runnable snapshot() {
        var copy = new ArrayList<>(rows);
        long seq = sequence;
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.addAll(copy);
                sequence = seq;
            }
        };
    }

    public synchronized List<GstAuditEntry> all() {
        return List.copyOf(rows);
    }
}

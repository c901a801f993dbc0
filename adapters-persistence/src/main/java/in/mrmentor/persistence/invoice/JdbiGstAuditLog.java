package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.GstAuditEntry;
import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/** Inserts only; the table's triggers refuse updates and deletes from anyone. */
public final class JdbiGstAuditLog implements GstAuditLog {
    private final Jdbi jdbi;

    public JdbiGstAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(GstAuditEntry entry) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO superadmin.gst_audit_log (id, at, action, invoice_id, "
                        + "document_number, actor, detail) VALUES (:id, :at, :action, :invoice, :number, :actor, :detail)")
                .bind("id", entry.id()).bind("at", utc(entry.at())).bind("action", entry.action().name())
                .bindByType("invoice", entry.invoiceId(), UUID.class)
                .bindByType("number", entry.documentNumber(), String.class)
                .bind("actor", entry.actor()).bind("detail", entry.detail()).execute());
    }

    @Override
    public List<GstAuditEntry> list(UUID invoiceId, PageRequest<Long> page) {
        return jdbi.withHandle(h -> h.createQuery("SELECT seq, id, at, action, invoice_id, document_number, actor, detail "
                        + "FROM superadmin.gst_audit_log WHERE (CAST(:invoice AS uuid) IS NULL OR invoice_id = :invoice) "
                        + "AND (CAST(:after AS bigint) IS NULL OR seq < :after) ORDER BY seq DESC LIMIT :fetch")
                .bindByType("invoice", invoiceId, UUID.class)
                .bindByType("after", page.after(), Long.class)
                .bind("fetch", page.fetch())
                .map((rs, ctx) -> new GstAuditEntry(rs.getLong("seq"), rs.getObject("id", UUID.class),
                        Timestamps.instant(rs, "at"), GstAuditEntry.Action.valueOf(rs.getString("action")),
                        rs.getObject("invoice_id", UUID.class), rs.getString("document_number"),
                        rs.getString("actor"), rs.getString("detail")))
                .list());
    }
}

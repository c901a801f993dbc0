package in.mrmentor.invoice.port;

import in.mrmentor.invoice.GstAuditEntry;
import in.mrmentor.shared.PageRequest;

import java.util.List;
import java.util.UUID;

/**
 * The append-only trail of every issue, credit note, PDF render, mail and export
 * ({@code superadmin.gst_audit_log}); the database refuses any update or delete of it.
 */
public interface GstAuditLog {

    void append(GstAuditEntry entry);

    /** Newest first by sequence; {@code invoiceId} null for every entry. */
    List<GstAuditEntry> list(UUID invoiceId, PageRequest<Long> page);
}

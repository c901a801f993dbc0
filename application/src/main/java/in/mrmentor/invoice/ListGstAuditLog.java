package in.mrmentor.invoice;

import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;

import java.util.UUID;

/** The GST audit trail, newest first, of everything or of one invoice. */
public final class ListGstAuditLog {
    private static final Keyset<GstAuditEntry, Long> NEWEST_FIRST = Keyset.bySequence("gst-audit-log", GstAuditEntry::sequence);

    private final GstAuditLog log;

    public ListGstAuditLog(GstAuditLog log) {
        this.log = log;
    }

    public Page<GstAuditEntry> list(UUID invoiceId, int limit, String cursor) {
        var request = NEWEST_FIRST.request(cursor, limit);
        return NEWEST_FIRST.page(log.list(invoiceId, request), request);
    }
}

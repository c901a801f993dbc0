package in.mrmentor.invoice;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the GST audit trail: what happened to which document, who or what caused it and when.
 * {@code sequence} is given by the log when the entry is appended (0 before).
 */
public record GstAuditEntry(long sequence, UUID id, Instant at, Action action, UUID invoiceId, String documentNumber,
                            String actor, String detail) {

    public enum Action {
        INVOICE_ISSUED,
        CREDIT_NOTE_ISSUED,
        PDF_RENDERED,
        MAILED,
        EXPORTED,
        PAYMENT_RECORDED
    }

    public GstAuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        detail = detail == null ? "" : detail;
    }

    public static GstAuditEntry of(UUID id, Instant at, Action action, UUID invoiceId, String documentNumber,
                                   String actor, String detail) {
        return new GstAuditEntry(0, id, at, action, invoiceId, documentNumber, actor, detail);
    }
}

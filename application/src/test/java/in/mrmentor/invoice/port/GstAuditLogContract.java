package in.mrmentor.invoice.port;

import in.mrmentor.invoice.GstAuditEntry;
import in.mrmentor.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link GstAuditLog} must do. */
public abstract class GstAuditLogContract {
    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected GstAuditLog log;

    protected abstract GstAuditLog newLog();

    @BeforeEach
    void freshLog() {
        log = newLog();
    }

    @Test
    void entriesAreListedNewestFirstAndByInvoice() {
        UUID invoice = UUID.randomUUID();
        log.append(GstAuditEntry.of(UUID.randomUUID(), T0, GstAuditEntry.Action.INVOICE_ISSUED, invoice, "MAS101/2627/0001",
                "user:a", "issued"));
        log.append(GstAuditEntry.of(UUID.randomUUID(), T0, GstAuditEntry.Action.EXPORTED, null, null, "user:a", "gstr1"));
        log.append(GstAuditEntry.of(UUID.randomUUID(), T0, GstAuditEntry.Action.PDF_RENDERED, invoice, "MAS101/2627/0001",
                "job:invoice-pdf", "rendered"));

        var all = log.list(null, PageRequest.first(10));
        assertThat(all).extracting(GstAuditEntry::action).containsExactly(GstAuditEntry.Action.PDF_RENDERED,
                GstAuditEntry.Action.EXPORTED, GstAuditEntry.Action.INVOICE_ISSUED);
        assertThat(all.get(0).sequence()).isGreaterThan(all.get(1).sequence());
        assertThat(log.list(invoice, PageRequest.first(10))).hasSize(2);
        assertThat(log.list(null, new PageRequest<>(all.get(0).sequence(), 10))).hasSize(2);
    }
}

package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.GstAuditEntry;
import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.GstAuditLogContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbiGstAuditLogTest extends GstAuditLogContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected GstAuditLog newLog() {
        return new JdbiGstAuditLog(database.jdbi());
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
        log.append(GstAuditEntry.of(UUID.randomUUID(), T0, GstAuditEntry.Action.EXPORTED, null, null, "user:a", "gstr1"));
        var jdbi = database.jdbi();

        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE superadmin.gst_audit_log SET actor = 'someone else'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM superadmin.gst_audit_log")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("TRUNCATE superadmin.gst_audit_log")))
                .hasMessageContaining("append-only");
        String actor = jdbi.withHandle(h -> h.createQuery("SELECT actor FROM superadmin.gst_audit_log").mapTo(String.class).one());
        assertThat(actor).isEqualTo("user:a");
    }
}

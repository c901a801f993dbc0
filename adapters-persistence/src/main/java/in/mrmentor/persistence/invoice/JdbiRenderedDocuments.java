package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.port.RenderedDocuments;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiRenderedDocuments implements RenderedDocuments {
    private static final RowMapper<Rendered> ROW = (rs, ctx) -> new Rendered(rs.getObject("document_id", UUID.class),
            rs.getString("blob_key"), Timestamps.instant(rs, "rendered_at"), Timestamps.instant(rs, "mailed_at"));

    private final Jdbi jdbi;

    public JdbiRenderedDocuments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Rendered> find(UUID documentId) {
        return one(documentId, "");
    }

    @Override
    public Optional<Rendered> lock(UUID documentId) {
        return one(documentId, " FOR UPDATE");
    }

    private Optional<Rendered> one(UUID documentId, String suffix) {
        return jdbi.withHandle(h -> h.createQuery("SELECT document_id, blob_key, rendered_at, mailed_at "
                + "FROM superadmin.invoice_documents WHERE document_id = :id" + suffix).bind("id", documentId).map(ROW).findOne());
    }

    @Override
    public boolean add(UUID documentId, String key, Instant renderedAt) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO superadmin.invoice_documents (document_id, blob_key, rendered_at) "
                        + "VALUES (:id, :key, :at) ON CONFLICT (document_id) DO NOTHING")
                .bind("id", documentId).bind("key", key).bind("at", utc(renderedAt)).execute()) == 1;
    }

    @Override
    public void markMailed(UUID documentId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE superadmin.invoice_documents SET mailed_at = :at WHERE document_id = :id")
                .bind("id", documentId).bind("at", utc(at)).execute());
    }

    @Override
    public List<UUID> unrendered(Instant issuedBefore, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM ("
                        + "SELECT id, issued_at FROM superadmin.tax_invoices UNION ALL "
                        + "SELECT id, issued_at FROM superadmin.credit_notes) d "
                        + "WHERE issued_at < :before AND NOT EXISTS (SELECT 1 FROM superadmin.invoice_documents r "
                        + "WHERE r.document_id = d.id) ORDER BY issued_at, id LIMIT :limit")
                .bind("before", utc(issuedBefore)).bind("limit", limit).mapTo(UUID.class).list());
    }
}

package in.mrmentor.persistence.program;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.program.DiscountRequest;
import in.mrmentor.program.DiscountStatus;
import in.mrmentor.program.port.DiscountRequests;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiDiscountRequests implements DiscountRequests {
    private static final String COLUMNS = "id, application_id, amount_paise, reason, status, requested_by, created_at, "
            + "decided_by, note, decided_at";
    private static final RowMapper<DiscountRequest> ROW = (rs, ctx) -> new DiscountRequest(
            rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class), rs.getLong("amount_paise"),
            rs.getString("reason"), DiscountStatus.valueOf(rs.getString("status")),
            rs.getObject("requested_by", UUID.class), Timestamps.instant(rs, "created_at"),
            rs.getObject("decided_by", UUID.class), rs.getString("note"), Timestamps.instant(rs, "decided_at"));

    private final Jdbi jdbi;

    public JdbiDiscountRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(DiscountRequest r) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO program_discount_requests (" + COLUMNS + ") VALUES "
                        + "(:id, :application, :amount, :reason, :status, :by, :createdAt, :decidedBy, :note, :decidedAt) "
                        + "ON CONFLICT DO NOTHING")
                .bind("id", r.id()).bind("application", r.applicationId()).bind("amount", r.amountPaise())
                .bind("reason", r.reason()).bind("status", r.status().name()).bind("by", r.requestedBy())
                .bind("createdAt", utc(r.createdAt())).bindByType("decidedBy", r.decidedBy(), UUID.class)
                .bindByType("note", r.note(), String.class).bind("decidedAt", utc(r.decidedAt()))
                .execute()) == 1;
    }

    @Override
    public Optional<DiscountRequest> find(UUID id) {
        return one("id = :key", id, "");
    }

    @Override
    public Optional<DiscountRequest> lock(UUID id) {
        return one("id = :key", id, " FOR UPDATE");
    }

    @Override
    public Optional<DiscountRequest> approvedFor(UUID applicationId) {
        return one("application_id = :key AND status = 'APPROVED'", applicationId, "");
    }

    private Optional<DiscountRequest> one(String where, UUID key, String suffix) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM program_discount_requests WHERE " + where
                + suffix).bind("key", key).map(ROW).findOne());
    }

    @Override
    public void replace(DiscountRequest r) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE program_discount_requests SET status = :status, decided_by = :decidedBy, "
                        + "note = :note, decided_at = :decidedAt WHERE id = :id")
                .bind("id", r.id()).bind("status", r.status().name()).bindByType("decidedBy", r.decidedBy(), UUID.class)
                .bindByType("note", r.note(), String.class).bind("decidedAt", utc(r.decidedAt())).execute());
    }

    @Override
    public List<DiscountRequest> page(DiscountStatus status, PageRequest<TimeKey> request) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM program_discount_requests "
                        + "WHERE (CAST(:status AS varchar) IS NULL OR status = :status) AND "
                        + KeysetPages.beforeTime("created_at", "id") + " ORDER BY created_at DESC, id LIMIT :fetch"), request)
                .bindByType("status", status == null ? null : status.name(), String.class).map(ROW).list());
    }
}

package in.mrmentor.persistence.token;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.token.AllotmentRequest;
import in.mrmentor.token.AllotmentStatus;
import in.mrmentor.token.port.AllotmentRequests;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiAllotmentRequests implements AllotmentRequests {
    private static final String COLUMNS =
            "id, user_id, amount, reason, batch_id, status, decided_by, note, created_at, decided_at";
    private static final RowMapper<AllotmentRequest> ROW = (rs, ctx) -> new AllotmentRequest(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            rs.getLong("amount"),
            rs.getString("reason"),
            rs.getObject("batch_id", UUID.class),
            AllotmentStatus.valueOf(rs.getString("status")),
            rs.getObject("decided_by", UUID.class),
            rs.getString("note"),
            Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "decided_at"));

    private final Jdbi jdbi;

    public JdbiAllotmentRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(AllotmentRequest request) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO token_allotment_requests (" + COLUMNS + ") VALUES (:id, :user, "
                        + ":amount, :reason, :batch, :status, :decidedBy, :note, :createdAt, :decidedAt)")
                .bind("id", request.id()).bind("user", request.userId()).bind("amount", request.amount())
                .bind("reason", request.reason())
                .bindByType("batch", request.batchId(), UUID.class)
                .bind("status", request.status().name())
                .bindByType("decidedBy", request.decidedBy(), UUID.class)
                .bindByType("note", request.note(), String.class)
                .bind("createdAt", utc(request.createdAt()))
                .bind("decidedAt", utc(request.decidedAt()))
                .execute());
    }

    @Override
    public Optional<AllotmentRequest> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM token_allotment_requests WHERE id = :id "
                        + "FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(AllotmentRequest request) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE token_allotment_requests SET status = :status, "
                        + "decided_by = :decidedBy, note = :note, decided_at = :decidedAt WHERE id = :id")
                .bind("id", request.id()).bind("status", request.status().name())
                .bindByType("decidedBy", request.decidedBy(), UUID.class)
                .bindByType("note", request.note(), String.class)
                .bind("decidedAt", utc(request.decidedAt()))
                .execute());
    }

    @Override
    public List<AllotmentRequest> list(AllotmentStatus status, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS
                        + " FROM token_allotment_requests WHERE (CAST(:status AS varchar) IS NULL OR status = :status) "
                        + "AND " + KeysetPages.beforeTime("created_at", "id")
                        + " ORDER BY created_at DESC, id LIMIT :fetch"), page)
                .bindByType("status", status == null ? null : status.name(), String.class)
                .map(ROW).list());
    }
}

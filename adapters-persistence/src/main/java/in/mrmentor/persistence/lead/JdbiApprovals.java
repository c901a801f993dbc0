package in.mrmentor.persistence.lead;

import in.mrmentor.lead.ApprovalStatus;
import in.mrmentor.lead.AssignmentApproval;
import in.mrmentor.lead.AssignmentStrategy;
import in.mrmentor.lead.port.Approvals;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiApprovals implements Approvals {
    private static final String COLUMNS = "id, requested_by, approver_id, lead_ids, assignee_ids, strategy, status, "
            + "decided_by, note, created_at, decided_at";
    private static final RowMapper<AssignmentApproval> ROW = (rs, ctx) -> new AssignmentApproval(
            rs.getObject("id", UUID.class), rs.getObject("requested_by", UUID.class),
            rs.getObject("approver_id", UUID.class), TextMaps.uuids(rs, "lead_ids"), TextMaps.uuids(rs, "assignee_ids"),
            AssignmentStrategy.valueOf(rs.getString("strategy")), ApprovalStatus.valueOf(rs.getString("status")),
            rs.getObject("decided_by", UUID.class), rs.getString("note"), Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "decided_at"));

    private final Jdbi jdbi;

    public JdbiApprovals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(AssignmentApproval a) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.lead_assignment_approvals (" + COLUMNS + ") VALUES (:id, "
                        + ":requestedBy, :approver, CAST(:leads AS uuid[]), CAST(:assignees AS uuid[]), :strategy, :status, "
                        + ":decidedBy, :note, :createdAt, :decidedAt)")
                .bind("id", a.id()).bind("requestedBy", a.requestedBy()).bindByType("approver", a.approverId(), UUID.class)
                .bindArray("leads", UUID.class, a.leadIds()).bindArray("assignees", UUID.class, a.assigneeIds())
                .bind("strategy", a.strategy().name()).bind("status", a.status().name())
                .bindByType("decidedBy", a.decidedBy(), UUID.class).bindByType("note", a.note(), String.class)
                .bind("createdAt", utc(a.createdAt())).bind("decidedAt", utc(a.decidedAt()))
                .execute());
    }

    @Override
    public Optional<AssignmentApproval> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.lead_assignment_approvals "
                        + "WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(AssignmentApproval a) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE mas_crm.lead_assignment_approvals SET status = :status, "
                        + "decided_by = :decidedBy, note = :note, decided_at = :decidedAt WHERE id = :id")
                .bind("id", a.id()).bind("status", a.status().name())
                .bindByType("decidedBy", a.decidedBy(), UUID.class).bindByType("note", a.note(), String.class)
                .bind("decidedAt", utc(a.decidedAt()))
                .execute());
    }

    @Override
    public List<AssignmentApproval> list(UUID approverId, ApprovalStatus status, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS
                        + " FROM mas_crm.lead_assignment_approvals WHERE (CAST(:approver AS uuid) IS NULL OR approver_id = :approver) "
                        + "AND (CAST(:status AS varchar) IS NULL OR status = :status) AND "
                        + KeysetPages.beforeTime("created_at", "id") + " ORDER BY created_at DESC, id LIMIT :fetch"), page)
                .bindByType("approver", approverId, UUID.class)
                .bindByType("status", status == null ? null : status.name(), String.class)
                .map(ROW).list());
    }
}

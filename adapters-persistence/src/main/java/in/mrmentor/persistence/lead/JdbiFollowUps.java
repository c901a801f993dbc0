package in.mrmentor.persistence.lead;

import in.mrmentor.lead.FollowUp;
import in.mrmentor.lead.port.FollowUps;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiFollowUps implements FollowUps {
    private static final String COLUMNS = "id, lead_id, owner_id, due_at, note, created_by, created_at, done_at, done_by, done_note";
    private static final RowMapper<FollowUp> ROW = (rs, ctx) -> new FollowUp(rs.getObject("id", UUID.class),
            rs.getObject("lead_id", UUID.class), rs.getObject("owner_id", UUID.class), Timestamps.instant(rs, "due_at"),
            rs.getString("note"), rs.getObject("created_by", UUID.class), Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "done_at"), rs.getObject("done_by", UUID.class), rs.getString("done_note"));

    private final Jdbi jdbi;

    public JdbiFollowUps(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(FollowUp f) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.lead_follow_ups (" + COLUMNS + ") VALUES (:id, :lead, "
                        + ":owner, :due, :note, :createdBy, :createdAt, :doneAt, :doneBy, :doneNote)")
                .bind("id", f.id()).bind("lead", f.leadId()).bind("owner", f.ownerId()).bind("due", utc(f.dueAt()))
                .bind("note", f.note()).bind("createdBy", f.createdBy()).bind("createdAt", utc(f.createdAt()))
                .bind("doneAt", utc(f.doneAt())).bindByType("doneBy", f.doneBy(), UUID.class)
                .bindByType("doneNote", f.doneNote(), String.class)
                .execute());
    }

    @Override
    public Optional<FollowUp> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.lead_follow_ups WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(FollowUp f) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE mas_crm.lead_follow_ups SET done_at = :doneAt, done_by = :doneBy, "
                        + "done_note = :doneNote WHERE id = :id")
                .bind("id", f.id()).bind("doneAt", utc(f.doneAt())).bindByType("doneBy", f.doneBy(), UUID.class)
                .bindByType("doneNote", f.doneNote(), String.class)
                .execute());
    }

    @Override
    public List<FollowUp> forLead(UUID leadId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.lead_follow_ups WHERE lead_id = :lead "
                        + "ORDER BY due_at, id")
                .bind("lead", leadId).map(ROW).list());
    }

    @Override
    public List<FollowUp> due(Collection<UUID> owners, Instant from, Instant to, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.lead_follow_ups "
                        + "WHERE done_at IS NULL AND (CAST(:allOwners AS boolean) OR owner_id = ANY(CAST(:owners AS uuid[]))) "
                        + "AND (CAST(:from AS timestamptz) IS NULL OR due_at >= :from) "
                        + "AND (CAST(:to AS timestamptz) IS NULL OR due_at < :to) "
                        + "AND " + KeysetPages.afterTime("due_at", "id") + " ORDER BY due_at, id LIMIT :fetch"), page)
                .bind("allOwners", owners == null)
                .bindArray("owners", UUID.class, owners == null ? List.of() : List.copyOf(owners))
                .bindByType("from", from == null ? null : utc(from), OffsetDateTime.class)
                .bindByType("to", to == null ? null : utc(to), OffsetDateTime.class)
                .map(ROW).list());
    }
}

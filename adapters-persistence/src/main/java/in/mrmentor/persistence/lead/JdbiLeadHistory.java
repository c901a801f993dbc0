package in.mrmentor.persistence.lead;

import in.mrmentor.lead.ActivityType;
import in.mrmentor.lead.AssignmentRecord;
import in.mrmentor.lead.CallLog;
import in.mrmentor.lead.LeadActivity;
import in.mrmentor.lead.LeadStage;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/** The timeline, call log, assignment history and stage history of {@code mas_crm}. */
public final class JdbiLeadHistory implements LeadHistory {
    private final Jdbi jdbi;

    public JdbiLeadHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addActivity(LeadActivity activity) {
        jdbi.useHandle(h -> TextMaps.bind(h.createUpdate("INSERT INTO mas_crm.lead_activity_log (id, lead_id, type, actor_id, "
                        + "at, details) VALUES (:id, :lead, :type, :actor, :at, " + TextMaps.write("details") + ")"),
                        "details", activity.details())
                .bind("id", activity.id()).bind("lead", activity.leadId()).bind("type", activity.type().name())
                .bindByType("actor", activity.actorId(), UUID.class).bind("at", utc(activity.at()))
                .execute());
    }

    @Override
    public void addActivities(List<LeadActivity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            var batch = h.prepareBatch("INSERT INTO mas_crm.lead_activity_log (id, lead_id, type, actor_id, at, details) "
                    + "VALUES (:id, :lead, :type, :actor, :at, CAST(:details AS jsonb))");
            for (LeadActivity activity : activities) {
                batch.bind("id", activity.id()).bind("lead", activity.leadId()).bind("type", activity.type().name())
                        .bindByType("actor", activity.actorId(), UUID.class).bind("at", utc(activity.at()))
                        .bind("details", TextMaps.json(activity.details()))
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<LeadActivity> timeline(UUID leadId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, lead_id, type, actor_id, at, " + TextMaps.read("details", "details")
                        + " FROM mas_crm.lead_activity_log WHERE lead_id = :lead ORDER BY at DESC, seq DESC LIMIT :limit")
                .bind("lead", leadId).bind("limit", limit)
                .map((rs, ctx) -> new LeadActivity(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
                        ActivityType.valueOf(rs.getString("type")), rs.getObject("actor_id", UUID.class),
                        Timestamps.instant(rs, "at"), TextMaps.map(rs, "details")))
                .list());
    }

    @Override
    public void addCall(CallLog call) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.lead_call_logs (id, lead_id, caller_id, outcome, "
                        + "duration_seconds, notes, at) VALUES (:id, :lead, :caller, :outcome, :duration, :notes, :at)")
                .bind("id", call.id()).bind("lead", call.leadId()).bind("caller", call.callerId())
                .bindByType("outcome", call.outcome() == null ? null : call.outcome().name(), String.class)
                .bindByType("duration", call.durationSeconds(), Integer.class)
                .bindByType("notes", call.notes(), String.class)
                .bind("at", utc(call.at()))
                .execute());
    }

    @Override
    public void addAssignment(AssignmentRecord record) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.lead_assignment_history (lead_id, from_user, to_user, "
                        + "assigned_by, at) VALUES (:lead, :from, :to, :by, :at)")
                .bind("lead", record.leadId()).bindByType("from", record.from(), UUID.class).bind("to", record.to())
                .bindByType("by", record.by(), UUID.class).bind("at", utc(record.at()))
                .execute());
    }

    @Override
    public List<AssignmentRecord> assignments(UUID leadId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT lead_id, from_user, to_user, assigned_by, at "
                        + "FROM mas_crm.lead_assignment_history WHERE lead_id = :lead ORDER BY id")
                .bind("lead", leadId)
                .map((rs, ctx) -> new AssignmentRecord(rs.getObject("lead_id", UUID.class),
                        rs.getObject("from_user", UUID.class), rs.getObject("to_user", UUID.class),
                        rs.getObject("assigned_by", UUID.class), Timestamps.instant(rs, "at")))
                .list());
    }

    @Override
    public void addStageChange(UUID leadId, LeadStage from, LeadStage to, UUID by, Instant at, Long revenuePaise) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.lead_stage_history (lead_id, from_stage, to_stage, moved_by, "
                        + "at, revenue_paise) VALUES (:lead, :from, :to, :by, :at, :revenue)")
                .bind("lead", leadId).bind("from", from.name()).bind("to", to.name())
                .bindByType("by", by, UUID.class).bind("at", utc(at))
                .bindByType("revenue", revenuePaise, Long.class)
                .execute());
    }

    @Override
    public Conversions conversions(UUID userId, Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) AS n, coalesce(sum(revenue_paise), 0) AS revenue "
                        + "FROM mas_crm.lead_stage_history WHERE to_stage = 'CONVERTED' AND moved_by = :user "
                        + "AND at >= :from AND at < :to")
                .bind("user", userId).bind("from", utc(from)).bind("to", utc(to))
                .map((rs, ctx) -> new Conversions(rs.getLong("n"), rs.getLong("revenue"))).one());
    }
}

package in.mrmentor.lead.port;

import in.mrmentor.lead.AssignmentRecord;
import in.mrmentor.lead.CallLog;
import in.mrmentor.lead.LeadActivity;
import in.mrmentor.lead.LeadStage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to leads: the activity timeline, calls, assignments and stage moves (targets read the last). */
public interface LeadHistory {

    void addActivity(LeadActivity activity);

    /** {@link #addActivity} for many entries; adapters may send them in one batch. */
    default void addActivities(List<LeadActivity> activities) {
        activities.forEach(this::addActivity);
    }

    /** The newest {@code limit} entries of the lead's timeline, newest first. */
    List<LeadActivity> timeline(UUID leadId, int limit);

    void addCall(CallLog call);

    void addAssignment(AssignmentRecord record);

    List<AssignmentRecord> assignments(UUID leadId);

    void addStageChange(UUID leadId, LeadStage from, LeadStage to, UUID by, Instant at, Long revenuePaise);

    /** Leads {@code userId} moved to CONVERTED in {@code [from, to)} and the revenue they won. */
    record Conversions(long count, long revenuePaise) {
    }

    Conversions conversions(UUID userId, Instant from, Instant to);
}

package in.mrmentor.lead;

import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one way a lead comes in, whatever the channel: one lead per person. A duplicate by phone or
 * e-mail is refused with 409 for a manual entry; every other channel appends a
 * {@code DUPLICATE_SUBMISSION} (with the new payload) to the existing lead's timeline instead.
 */
public final class CaptureLead {
    private final Leads leads;
    private final LeadHistory history;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CaptureLead(Leads leads, LeadHistory history, Transactions transactions, Clock clock, Ids ids) {
        this.leads = leads;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** What became of a submission. */
    public sealed interface Outcome permits Created, Duplicate {
        UUID leadId();
    }

    public record Created(Lead lead) implements Outcome {
        @Override
        public UUID leadId() {
            return lead.id();
        }
    }

    public record Duplicate(UUID leadId) implements Outcome {
    }

    /**
     * @param assignee who the new lead goes to, or null for the unassigned pool
     * @param actorId  who entered it, or null for a channel
     */
    public Outcome capture(LeadDraft draft, LeadSource source, UUID vendorLeadId, Lead.Assignee assignee, UUID actorId) {
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            Lead lead = Lead.fresh(ids.next(), draft, source, vendorLeadId, assignee, now);
            Leads.Added added = leads.add(lead);
            if (added instanceof Leads.Duplicate duplicate) {
                if (source == LeadSource.MANUAL) {
                    throw LeadErrors.duplicate(duplicate.existingLeadId());
                }
                history.addActivity(new LeadActivity(ids.next(), duplicate.existingLeadId(),
                        ActivityType.DUPLICATE_SUBMISSION, actorId, now, payload(draft, source)));
                return new Duplicate(duplicate.existingLeadId());
            }
            history.addActivity(new LeadActivity(ids.next(), lead.id(), ActivityType.CREATED, actorId, now,
                    Map.of("source", source.name())));
            if (assignee != null) {
                history.addAssignment(new AssignmentRecord(lead.id(), null, assignee.userId(), actorId, now));
                history.addActivity(new LeadActivity(ids.next(), lead.id(), ActivityType.ASSIGNED, actorId, now,
                        Map.of("to", assignee.userId().toString())));
                history.addStageChange(lead.id(), LeadStage.NEW, lead.stage(), actorId, now, null);
            }
            return new Created(lead);
        });
    }

    /**
     * The import's form of {@link #capture}: a chunk of drafts from one channel (not MANUAL) in one
     * statement per table, with the outcome of each draft in order.
     */
    public List<Outcome> captureAll(List<LeadDraft> drafts, LeadSource source, Lead.Assignee assignee, UUID actorId) {
        if (source == LeadSource.MANUAL) {
            throw new IllegalArgumentException("a manual lead is captured one at a time");
        }
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            List<Lead> fresh = drafts.stream().map(draft -> Lead.fresh(ids.next(), draft, source, null, assignee, now)).toList();
            List<Leads.Added> added = leads.addAll(fresh);
            List<Outcome> outcomes = new ArrayList<>(drafts.size());
            List<LeadActivity> activities = new ArrayList<>(drafts.size());
            for (int i = 0; i < fresh.size(); i++) {
                Lead lead = fresh.get(i);
                if (added.get(i) instanceof Leads.Duplicate duplicate) {
                    activities.add(new LeadActivity(ids.next(), duplicate.existingLeadId(),
                            ActivityType.DUPLICATE_SUBMISSION, actorId, now, payload(drafts.get(i), source)));
                    outcomes.add(new Duplicate(duplicate.existingLeadId()));
                    continue;
                }
                activities.add(new LeadActivity(ids.next(), lead.id(), ActivityType.CREATED, actorId, now,
                        Map.of("source", source.name())));
                if (assignee != null) {
                    history.addAssignment(new AssignmentRecord(lead.id(), null, assignee.userId(), actorId, now));
                    activities.add(new LeadActivity(ids.next(), lead.id(), ActivityType.ASSIGNED, actorId, now,
                            Map.of("to", assignee.userId().toString())));
                    history.addStageChange(lead.id(), LeadStage.NEW, lead.stage(), actorId, now, null);
                }
                outcomes.add(new Created(lead));
            }
            history.addActivities(activities);
            return outcomes;
        });
    }

    private static Map<String, String> payload(LeadDraft draft, LeadSource source) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("source", source.name());
        details.put("name", draft.name());
        details.put("phone", draft.phone());
        details.put("email", draft.email());
        details.put("campaign", draft.campaign());
        draft.extra().forEach((key, value) -> details.put("extra." + key, value));
        return details;
    }
}

package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.FollowUps;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** {@code POST /api/crm/follow-ups/{id}/done}: once; a follow-up of an invisible lead does not exist for the caller. */
public final class CompleteFollowUp {
    private final Leads leads;
    private final FollowUps followUps;
    private final LeadHistory history;
    private final LeadViewers viewers;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CompleteFollowUp(Leads leads, FollowUps followUps, LeadHistory history, LeadViewers viewers,
                            Transactions transactions, Clock clock, Ids ids) {
        this.leads = leads;
        this.followUps = followUps;
        this.history = history;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public FollowUp complete(Principal caller, UUID id, String note) {
        new Validation().optionalText(note, "note", FollowUp.MAX_NOTE).orThrow();
        LeadViewer viewer = viewers.of(caller);
        return transactions.inTransaction(() -> {
            FollowUp followUp = followUps.lock(id).orElseThrow(CompleteFollowUp::notFound);
            Lead lead = leads.find(followUp.leadId()).orElse(null);
            if (lead == null || !LeadVisibilityPolicy.scopeOf(viewer).includes(lead)) {
                throw notFound();
            }
            var now = clock.instant();
            FollowUp done = followUp.done(caller.userId(), note, now);
            followUps.replace(done);
            Map<String, String> details = new HashMap<>();
            details.put("followUpId", id.toString());
            details.put("note", note);
            history.addActivity(new LeadActivity(ids.next(), lead.id(), ActivityType.FOLLOW_UP_DONE, caller.userId(), now,
                    details));
            return done;
        });
    }

    private static DomainException notFound() {
        return DomainException.notFound(LeadErrors.FOLLOW_UP_NOT_FOUND, "No such follow-up.");
    }
}

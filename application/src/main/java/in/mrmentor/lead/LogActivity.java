package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** {@code POST /api/crm/leads/{id}/activities}: what the salesperson did (a call also lands in the call log). */
public final class LogActivity {
    public static final int MAX_NOTES = 5000;

    private final Leads leads;
    private final LeadHistory history;
    private final LeadViewers viewers;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public LogActivity(Leads leads, LeadHistory history, LeadViewers viewers, Transactions transactions, Clock clock,
                       Ids ids) {
        this.leads = leads;
        this.history = history;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record Command(ActivityType type, CallOutcome outcome, String notes, Integer durationSeconds, Instant at) {
        public Command {
            new Validation()
                    .require(type != null && type.isLoggedByHand(), "type", "must be one of NOTE, CALL, SMS, WHATSAPP, EMAIL")
                    .optionalText(notes, "notes", MAX_NOTES)
                    .require(durationSeconds == null || (durationSeconds >= 0 && durationSeconds <= 86_400),
                            "durationSeconds", "must be from 0 to 86400")
                    .require(type != ActivityType.NOTE || (notes != null && !notes.isBlank()), "notes",
                            "is required for a NOTE")
                    .orThrow();
        }
    }

    public LeadActivity log(Principal caller, UUID leadId, Command command) {
        LeadViewer viewer = viewers.of(caller);
        return transactions.inTransaction(() -> {
            LeadVisibilityPolicy.requireVisible(viewer, leads.find(leadId).orElse(null));
            Instant now = clock.instant();
            Instant at = command.at() == null ? now : command.at();
            if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
                throw Validation.invalid("at", "must not be in the future");
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("outcome", command.outcome() == null ? null : command.outcome().name());
            details.put("notes", command.notes());
            details.put("durationSeconds", command.durationSeconds() == null ? null : command.durationSeconds().toString());
            var activity = new LeadActivity(ids.next(), leadId, command.type(), caller.userId(), at, details);
            history.addActivity(activity);
            if (command.type() == ActivityType.CALL) {
                history.addCall(new CallLog(ids.next(), leadId, caller.userId(), command.outcome(),
                        command.durationSeconds(), command.notes(), at));
            }
            return activity;
        });
    }
}

package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code PATCH /api/crm/leads/{id}}: stage moves by the transition table (CONVERTED needs the revenue
 * won), interest, tags, e-mail and extra fields; each change lands in the timeline.
 */
public final class UpdateLead {
    private final Leads leads;
    private final LeadHistory history;
    private final LeadViewers viewers;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public UpdateLead(Leads leads, LeadHistory history, LeadViewers viewers, Transactions transactions, Clock clock,
                      Ids ids) {
        this.leads = leads;
        this.history = history;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** Null fields stay as they are. */
    public record Command(LeadStage stage, InterestLevel interestLevel, List<String> tags, String email,
                          Map<String, String> extra, Long revenuePaise) {
        public Command {
            String normalised = LeadDraft.normaliseEmail(email);
            Validation validation = new Validation();
            LeadDraft.check(validation, "-", normalised, tags, extra);
            validation.require(email == null || normalised != null, "email", "must be an e-mail address")
                    .require(stage != LeadStage.CONVERTED || revenuePaise != null, "revenuePaise",
                            "is required when moving to CONVERTED")
                    .require(revenuePaise == null || revenuePaise >= 0, "revenuePaise", "must be 0 or more")
                    .require(revenuePaise == null || stage == LeadStage.CONVERTED, "revenuePaise",
                            "is only taken when moving to CONVERTED")
                    .orThrow();
            email = normalised;
        }
    }

    public Lead update(Principal caller, UUID id, Command command) {
        LeadViewer viewer = viewers.of(caller);
        return transactions.inTransaction(() -> {
            Lead lead = LeadVisibilityPolicy.requireVisible(viewer, leads.lock(id).orElse(null));
            var now = clock.instant();
            Lead updated = lead;
            if (command.stage() != null && command.stage() != lead.stage()) {
                updated = updated.withStage(command.stage());
                history.addStageChange(id, lead.stage(), command.stage(), caller.userId(), now, command.revenuePaise());
                Map<String, String> details = new LinkedHashMap<>();
                details.put("from", lead.stage().name());
                details.put("to", command.stage().name());
                if (command.revenuePaise() != null) {
                    details.put("revenuePaise", command.revenuePaise().toString());
                }
                history.addActivity(new LeadActivity(ids.next(), id, ActivityType.STAGE_CHANGED, caller.userId(), now, details));
            }
            Lead detailed = updated.withDetails(
                    command.interestLevel() == null ? updated.interestLevel() : command.interestLevel(),
                    command.tags() == null ? updated.tags() : command.tags().stream().map(String::trim).distinct().toList(),
                    command.email() == null ? updated.email() : command.email(),
                    command.extra() == null ? updated.extra() : command.extra());
            Map<String, String> changed = new LinkedHashMap<>();
            if (detailed.interestLevel() != updated.interestLevel()) {
                changed.put("interestLevel", detailed.interestLevel().name());
            }
            if (!detailed.tags().equals(updated.tags())) {
                changed.put("tags", String.join(",", detailed.tags()));
            }
            if (detailed.email() != null && !detailed.email().equals(updated.email())) {
                changed.put("email", detailed.email());
            }
            if (!detailed.extra().equals(updated.extra())) {
                changed.put("extra", "changed");
            }
            if (!changed.isEmpty()) {
                history.addActivity(new LeadActivity(ids.next(), id, ActivityType.UPDATED, caller.userId(), now, changed));
            }
            if (detailed.email() != null && !detailed.email().equals(lead.email())) {
                var holder = leads.idByEmail(detailed.email()).filter(other -> !other.equals(id));
                if (holder.isPresent()) {
                    throw LeadErrors.duplicate(holder.get());
                }
            }
            if (!detailed.equals(lead)) {
                leads.replace(detailed);
            }
            return detailed;
        });
    }
}

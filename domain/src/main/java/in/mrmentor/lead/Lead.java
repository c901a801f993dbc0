package in.mrmentor.lead;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One person the sales team may sell to (the seed's {@code raw_leads}). {@code phone} is E.164 and
 * {@code email} lower case, so the unique indexes on both enforce "one lead per person".
 *
 * @param owningSalesHeadId the head of whoever the lead is assigned to (a head's own leads: that head);
 *                          null while the lead sits in the unassigned pool
 */
public record Lead(UUID id, String name, String phone, String email, LeadSource source, String campaign,
                   String sessionYear, LeadStage stage, InterestLevel interestLevel, List<String> tags,
                   UUID assignedTo, UUID owningSalesHeadId, Map<String, String> extra, UUID vendorLeadId,
                   Instant createdAt) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(interestLevel, "interestLevel");
        Objects.requireNonNull(createdAt, "createdAt");
        tags = List.copyOf(tags == null ? List.of() : tags);
        extra = Texts.withoutNulls(extra);
    }

    /** A new lead as a channel hands it in; unassigned unless {@code assignee} is given. */
    public static Lead fresh(UUID id, LeadDraft draft, LeadSource source, UUID vendorLeadId, Assignee assignee,
                             Instant now) {
        LeadStage stage = assignee == null ? LeadStage.NEW : LeadStage.NEW.onAssignment();
        return new Lead(id, draft.name(), draft.phone(), draft.email(), source, draft.campaign(), draft.sessionYear(),
                stage, draft.interestLevel(), draft.tags(), assignee == null ? null : assignee.userId(),
                assignee == null ? null : assignee.owningHeadId(), draft.extra(), vendorLeadId, now);
    }

    public Lead assignedTo(Assignee assignee) {
        return new Lead(id, name, phone, email, source, campaign, sessionYear, stage.onAssignment(), interestLevel, tags,
                assignee.userId(), assignee.owningHeadId(), extra, vendorLeadId, createdAt);
    }

    public Lead withStage(LeadStage next) {
        return new Lead(id, name, phone, email, source, campaign, sessionYear, stage.moveTo(next), interestLevel, tags,
                assignedTo, owningSalesHeadId, extra, vendorLeadId, createdAt);
    }

    public Lead withDetails(InterestLevel newInterest, List<String> newTags, String newEmail, Map<String, String> newExtra) {
        return new Lead(id, name, phone, newEmail, source, campaign, sessionYear, stage, newInterest, newTags,
                assignedTo, owningSalesHeadId, newExtra, vendorLeadId, createdAt);
    }

    /** Who a lead is assigned to and the head that therefore owns it. */
    public record Assignee(UUID userId, UUID owningHeadId) {
        public Assignee {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(owningHeadId, "owningHeadId");
        }
    }
}

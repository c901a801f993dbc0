package in.mrmentor.http.lead;

import in.mrmentor.lead.AssignmentApproval;
import in.mrmentor.lead.AssignmentRecord;
import in.mrmentor.lead.Campaign;
import in.mrmentor.lead.FollowUp;
import in.mrmentor.lead.Lead;
import in.mrmentor.lead.LeadActivity;
import in.mrmentor.lead.LeadImport;
import in.mrmentor.lead.ManageTargets;
import in.mrmentor.lead.ShowLead;
import in.mrmentor.lead.VendorKey;
import in.mrmentor.lead.VendorLead;
import in.mrmentor.lead.VendorUsage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of CRM.md, one record per answer. */
public final class CrmJson {

    private CrmJson() {
    }

    record LeadJson(UUID id, String name, String phone, String email, String source, String campaign, String sessionYear,
                    String stage, String interestLevel, List<String> tags, UUID assignedTo, UUID owningSalesHeadId,
                    Map<String, String> extra, UUID vendorLeadId, Instant createdAt) {
        static LeadJson of(Lead l) {
            return new LeadJson(l.id(), l.name(), l.phone(), l.email(), l.source().name(), l.campaign(), l.sessionYear(),
                    l.stage().name(), l.interestLevel().name(), l.tags(), l.assignedTo(), l.owningSalesHeadId(), l.extra(),
                    l.vendorLeadId(), l.createdAt());
        }
    }

    record ActivityJson(UUID id, String type, UUID actorId, Instant at, Map<String, String> details) {
        static ActivityJson of(LeadActivity a) {
            return new ActivityJson(a.id(), a.type().name(), a.actorId(), a.at(), a.details());
        }
    }

    record FollowUpJson(UUID id, UUID leadId, UUID ownerId, Instant dueAt, String note, boolean done, Instant doneAt,
                        UUID doneBy, String doneNote, Instant createdAt) {
        static FollowUpJson of(FollowUp f) {
            return new FollowUpJson(f.id(), f.leadId(), f.ownerId(), f.dueAt(), f.note(), f.isDone(), f.doneAt(), f.doneBy(),
                    f.doneNote(), f.createdAt());
        }
    }

    record AssignmentJson(UUID from, UUID to, UUID by, Instant at) {
        static AssignmentJson of(AssignmentRecord r) {
            return new AssignmentJson(r.from(), r.to(), r.by(), r.at());
        }
    }

    /** A lead with what happened to it: the timeline newest first, its follow-ups and who held it. */
    record LeadDetailsJson(UUID id, String name, String phone, String email, String source, String campaign,
                           String sessionYear, String stage, String interestLevel, List<String> tags, UUID assignedTo,
                           UUID owningSalesHeadId, Map<String, String> extra, UUID vendorLeadId, Instant createdAt,
                           List<ActivityJson> timeline, List<FollowUpJson> followUps,
                           List<AssignmentJson> assignmentHistory) {
        static LeadDetailsJson of(ShowLead.Details d) {
            Lead l = d.lead();
            return new LeadDetailsJson(l.id(), l.name(), l.phone(), l.email(), l.source().name(), l.campaign(),
                    l.sessionYear(), l.stage().name(), l.interestLevel().name(), l.tags(), l.assignedTo(),
                    l.owningSalesHeadId(), l.extra(), l.vendorLeadId(), l.createdAt(),
                    d.timeline().stream().map(ActivityJson::of).toList(),
                    d.followUps().stream().map(FollowUpJson::of).toList(),
                    d.assignments().stream().map(AssignmentJson::of).toList());
        }
    }

    record ApprovalJson(UUID id, String status, UUID requestedBy, UUID approverId, List<UUID> leadIds,
                        List<UUID> assigneeIds, String strategy, UUID decidedBy, String note, Instant createdAt,
                        Instant decidedAt) {
        static ApprovalJson of(AssignmentApproval a) {
            return new ApprovalJson(a.id(), a.status().name(), a.requestedBy(), a.approverId(), a.leadIds(),
                    a.assigneeIds(), a.strategy().name(), a.decidedBy(), a.note(), a.createdAt(), a.decidedAt());
        }
    }

    record ImportJson(UUID id, String status, long rows, long created, long duplicates, long failed, String error,
                      Instant createdAt, Instant startedAt, Instant finishedAt) {
        static ImportJson of(LeadImport i) {
            return new ImportJson(i.id(), i.status().name(), i.rows(), i.created(), i.duplicates(), i.failed(), i.error(),
                    i.createdAt(), i.startedAt(), i.finishedAt());
        }
    }

    record CampaignJson(String slug, String name, boolean active, Instant createdAt) {
        static CampaignJson of(Campaign c) {
            return new CampaignJson(c.slug(), c.name(), c.active(), c.createdAt());
        }
    }

    record Measure(long target, long actual) {
    }

    record TargetJson(UUID userId, String period, Measure conversions, Measure revenuePaise) {
        static TargetJson of(ManageTargets.Progress p) {
            return new TargetJson(p.userId(), p.period().toString(), new Measure(p.conversionsTarget(), p.conversionsActual()),
                    new Measure(p.revenueTarget(), p.revenueActual()));
        }
    }

    public record VendorKeyJson(UUID id, String vendorName, String note, String prefix, String status, Instant createdAt,
                                Instant lastUsedAt) {
        public static VendorKeyJson of(VendorKey k) {
            return new VendorKeyJson(k.id(), k.vendorName(), k.note(), k.prefix(), k.status().name(), k.createdAt(),
                    k.lastUsedAt());
        }
    }

    /** The one answer that carries the key itself. */
    record IssuedKeyJson(UUID id, String vendorName, String prefix, String key, String status) {
    }

    record UsageJson(LocalDate date, long requests, long accepted, long duplicates, long rejected) {
        static UsageJson of(VendorUsage u) {
            return new UsageJson(u.date(), u.requests(), u.accepted(), u.duplicates(), u.rejected());
        }
    }

    record VendorLeadJson(UUID vendorLeadId, String status, UUID leadId, String name, String phone, String email,
                          String campaign, Instant createdAt) {
        static VendorLeadJson of(VendorLead v) {
            return new VendorLeadJson(v.id(), v.status().name(), v.leadId(), v.name(), v.phone(), v.email(), v.campaign(),
                    v.createdAt());
        }
    }
}

package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.Approvals;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

/** {@code GET /api/crm/assignment-approvals}: what the head (or an administrator: everyone) decides, newest first. */
public final class ListApprovals {
    private static final Keyset<AssignmentApproval, TimeKey> KEYSET =
            Keyset.byTime("assignment-approvals", a -> new TimeKey(a.createdAt(), a.id()));

    private final Approvals approvals;
    private final LeadViewers viewers;

    public ListApprovals(Approvals approvals, LeadViewers viewers) {
        this.approvals = approvals;
        this.viewers = viewers;
    }

    public Page<AssignmentApproval> list(Principal caller, ApprovalStatus status, int limit, String cursor) {
        LeadViewer viewer = viewers.of(caller);
        var request = KEYSET.request(cursor, limit);
        return KEYSET.page(approvals.list(viewer.admin() ? null : caller.userId(), status, request), request);
    }
}

package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

/** {@code GET /api/crm/leads}: the leads the caller may see, newest first. */
public final class ListLeads {
    private static final Keyset<Lead, TimeKey> KEYSET = Keyset.byTime("leads", lead -> new TimeKey(lead.createdAt(), lead.id()));

    private final Leads leads;
    private final LeadViewers viewers;

    public ListLeads(Leads leads, LeadViewers viewers) {
        this.leads = leads;
        this.viewers = viewers;
    }

    public Page<Lead> list(Principal caller, Leads.Filter filter, int limit, String cursor) {
        var request = KEYSET.request(cursor, limit);
        var scope = LeadVisibilityPolicy.scopeOf(viewers.of(caller));
        return KEYSET.page(leads.page(scope, filter, request), request);
    }
}

package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.Campaigns;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.List;

/** {@code POST / GET /api/crm/campaigns}: heads and administrators keep the campaigns whose forms post leads. */
public final class ManageCampaigns {
    private final Campaigns campaigns;
    private final LeadViewers viewers;
    private final Transactions transactions;
    private final Clock clock;

    public ManageCampaigns(Campaigns campaigns, LeadViewers viewers, Transactions transactions, Clock clock) {
        this.campaigns = campaigns;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Campaign create(Principal caller, String slug, String name, Boolean active) {
        Campaign.check(new Validation(), slug, name).orThrow();
        requireHead(caller);
        var campaign = new Campaign(slug, name.trim(), active == null || active, clock.instant());
        boolean added = transactions.inTransaction(() -> campaigns.add(campaign));
        if (!added) {
            throw DomainException.conflict(LeadErrors.CAMPAIGN_EXISTS, "A campaign with this slug exists already.");
        }
        return campaign;
    }

    /** Every salesperson may read the campaigns (a lead's campaign names one); heads and ADMIN keep them. */
    public List<Campaign> list(Principal caller) {
        return campaigns.all();
    }

    private void requireHead(Principal caller) {
        if (!LeadVisibilityPolicy.mayAssign(viewers.of(caller))) {
            throw LeadErrors.notSalesHead();
        }
    }
}

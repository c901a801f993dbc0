package in.mrmentor.http.lead;

import in.mrmentor.shared.TextKey;

import in.mrmentor.shared.Keyset;

import in.mrmentor.http.ListPage;

import in.mrmentor.shared.Validation;

import in.mrmentor.lead.Campaign;


import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.ClientAddresses;
import in.mrmentor.http.Input;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.ManageCampaigns;
import in.mrmentor.lead.SubmitCampaignLead;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.RateLimit;
import in.mrmentor.shared.RateLimitedException;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** CRM.md: campaigns, and the public website form that posts leads to one, rate limited per client address. */
public final class CampaignRoutes implements CrmRouteGroup {
    /** A campaign's slug is unique: the id part of its key is a constant. */
    private static final Keyset<Campaign, TextKey> BY_SLUG =
            Keyset.byText("campaigns", campaign -> new TextKey(campaign.slug(), new java.util.UUID(0, 0)));


    public record CampaignBody(String slug, String name, Boolean active) {
    }

    public record FormBody(@Required String name, @Required String phone, String email, Map<String, String> extra) {
    }

    public record ReceivedJson(boolean received) {
    }

    private final ManageCampaigns manage;
    private final SubmitCampaignLead submit;
    private final ClientAddresses addresses;

    public CampaignRoutes(ManageCampaigns manage, SubmitCampaignLead submit, ClientAddresses addresses) {
        this.manage = manage;
        this.submit = submit;
        this.addresses = addresses;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/crm/campaigns", SALES, "Add a campaign (a head or ADMIN)", ctx -> {
                    var body = Input.json(ctx, CampaignBody.class, checked -> {
                        Campaign.check(new Validation(), checked.slug(), checked.name()).orThrow();
                        return checked;
                    });
                    var campaign = manage.create(Caller.principal(ctx), body.slug(), body.name(), body.active());
                    ctx.status(201).json(CrmJson.CampaignJson.of(campaign));
                }).withBody(CampaignBody.class).returns(201, CrmJson.CampaignJson.class)
                        .error(ErrorKind.CONFLICT, LeadErrors.CAMPAIGN_EXISTS)
                        .error(ErrorKind.FORBIDDEN, LeadErrors.NOT_SALES_HEAD),
                Route.get("/api/crm/campaigns", SALES, "Every campaign by slug",
                        ctx -> ctx.json(ListPage.ofAll(ctx, manage.list(Caller.principal(ctx)), BY_SLUG, TextKey.ASCENDING,
                                CrmJson.CampaignJson::of)))
                        .returns(Route.pageOf(CrmJson.CampaignJson.class)).paged(),
                Route.post("/api/crm/campaigns/{slug}/leads", Access.anyone(),
                        "A website form's lead for an active campaign; rate limited per client address", this::form)
                        .withBody(FormBody.class).returns(202, ReceivedJson.class)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.CAMPAIGN_NOT_FOUND)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE));
    }

    private void form(Context ctx) {
        RateLimit.Quota quota;
        try {
            quota = submit.admit(addresses.of(ctx));
        } catch (RateLimitedException limited) {
            headers(ctx, limited.quota());
            throw limited;
        }
        headers(ctx, quota);
        var body = Input.json(ctx, FormBody.class);
        submit.submit(ctx.pathParam("slug"), body.name(), body.phone(), body.email(), body.extra());
        ctx.status(202).json(new ReceivedJson(true));
    }

    static void headers(Context ctx, RateLimit.Quota quota) {
        ctx.header("RateLimit-Limit", String.valueOf(quota.limit()));
        ctx.header("RateLimit-Remaining", String.valueOf(quota.remaining()));
        ctx.header("RateLimit-Reset", String.valueOf(quota.resetSeconds()));
    }
}

package in.mrmentor.lead;

import in.mrmentor.lead.port.Campaigns;
import in.mrmentor.lead.port.RequestCounting;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.RateLimit;
import in.mrmentor.shared.RateLimitedException;

import java.time.Clock;
import java.util.Map;

/**
 * {@code POST /api/crm/campaigns/{slug}/leads}: a public website form. Each client address may post
 * {@code CAMPAIGN_FORM_RATE_PER_MINUTE} times a minute, counted in the shared database; the lead
 * lands in the unassigned pool by the one-lead-per-person rule.
 */
public final class SubmitCampaignLead {
    private static final String KEY_PREFIX = "campaign-ip:";

    private final Campaigns campaigns;
    private final LeadIntake intake;
    private final CaptureLead capture;
    private final RequestCounting counters;
    private final RateLimit limit;
    private final Clock clock;

    public SubmitCampaignLead(Campaigns campaigns, LeadIntake intake, CaptureLead capture, RequestCounting counters,
                              RateLimit limit, Clock clock) {
        this.campaigns = campaigns;
        this.intake = intake;
        this.capture = capture;
        this.counters = counters;
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts the request against its address; throws {@link RateLimitedException} past the limit. */
    public RateLimit.Quota admit(String clientAddress) {
        var now = clock.instant();
        var quota = limit.quota(counters.countOne(KEY_PREFIX + clientAddress, limit.windowStart(now)), now);
        if (!quota.admitted()) {
            throw new RateLimitedException(quota);
        }
        return quota;
    }

    public void submit(String slug, String name, String phone, String email, Map<String, String> extra) {
        var campaign = campaigns.find(slug).filter(Campaign::active).orElseThrow(
                () -> DomainException.notFound(LeadErrors.CAMPAIGN_NOT_FOUND, "No such campaign."));
        LeadDraft draft = intake.draft(new LeadIntake.Raw(name, phone, email, campaign.slug(), null, null, null, extra));
        capture.capture(draft, LeadSource.CAMPAIGN, null, null, null);
    }
}

package in.mrmentor.bootstrap.lead;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsException;
import in.mrmentor.external.lead.BlobImportFiles;
import in.mrmentor.external.lead.CommonsCsvFiles;
import in.mrmentor.external.lead.HmacVendorKeyCrypto;
import in.mrmentor.external.lead.LibPhoneNumbers;
import in.mrmentor.http.ClientAddresses;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.lead.AssignmentRoutes;
import in.mrmentor.http.lead.CampaignRoutes;
import in.mrmentor.http.lead.FollowUpRoutes;
import in.mrmentor.http.lead.ImportRoutes;
import in.mrmentor.http.lead.LeadRoutes;
import in.mrmentor.http.lead.TargetRoutes;
import in.mrmentor.http.lead.VendorKeyRoutes;
import in.mrmentor.http.lead.VendorLeadRoutes;
import in.mrmentor.http.Idempotent;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.lead.AssignLead;
import in.mrmentor.lead.AuthenticateVendor;
import in.mrmentor.lead.BulkAssign;
import in.mrmentor.lead.CaptureLead;
import in.mrmentor.lead.CompleteFollowUp;
import in.mrmentor.lead.CreateLead;
import in.mrmentor.lead.DecideApproval;
import in.mrmentor.lead.LeadIntake;
import in.mrmentor.lead.LeadViewers;
import in.mrmentor.lead.ListApprovals;
import in.mrmentor.lead.ListFollowUps;
import in.mrmentor.lead.ListLeads;
import in.mrmentor.lead.LogActivity;
import in.mrmentor.lead.ManageCampaigns;
import in.mrmentor.lead.ManageTargets;
import in.mrmentor.lead.ManageVendorKeys;
import in.mrmentor.lead.RunLeadImport;
import in.mrmentor.lead.ScheduleFollowUp;
import in.mrmentor.lead.SetSalesHead;
import in.mrmentor.lead.ShowLead;
import in.mrmentor.lead.ShowLeadImport;
import in.mrmentor.lead.StartLeadImport;
import in.mrmentor.lead.SubmitCampaignLead;
import in.mrmentor.lead.SubmitVendorLead;
import in.mrmentor.lead.UpdateLead;
import in.mrmentor.lead.port.ImportJobs;
import in.mrmentor.lead.port.RequestCounting;
import in.mrmentor.persistence.identity.JdbiRequestCounters;
import in.mrmentor.persistence.lead.JdbiApprovals;
import in.mrmentor.persistence.lead.JdbiCampaigns;
import in.mrmentor.persistence.lead.JdbiFollowUps;
import in.mrmentor.persistence.lead.JdbiLeadHistory;
import in.mrmentor.persistence.lead.JdbiLeadImports;
import in.mrmentor.persistence.lead.JdbiLeads;
import in.mrmentor.persistence.lead.JdbiSalesTeams;
import in.mrmentor.persistence.lead.JdbiTargets;
import in.mrmentor.persistence.lead.JdbiVendorKeys;
import in.mrmentor.shared.RateLimit;

import java.util.List;
import java.util.UUID;

/**
 * The Sales CRM and vendor API (CRM.md) over PostgreSQL ({@code mas_crm}), the blob store for
 * uploaded CSVs, {@code leadImport} jobs and the shared request counters for the per-key and
 * per-address limits.
 */
public final class LeadModule implements ContextModule {
    /** One import per worker at a time; a crashed run is delivered again and resumes at its checkpoint. */
    static final HandlerOptions IMPORT_WORKERS = HandlerOptions.of(1, 5);

    public final RunLeadImport runLeadImport;
    public final StartLeadImport startLeadImport;
    public final ShowLeadImport showLeadImport;
    public final ManageVendorKeys manageVendorKeys;
    private final List<RouteGroup> routes;

    public LeadModule(Platform platform) {
        var settings = platform.settings().crm();
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var ids = platform.ids();
        var leads = new JdbiLeads(jdbi);
        var history = new JdbiLeadHistory(jdbi);
        var teams = new JdbiSalesTeams(jdbi);
        var followUps = new JdbiFollowUps(jdbi);
        var approvals = new JdbiApprovals(jdbi);
        var imports = new JdbiLeadImports(jdbi);
        var campaigns = new JdbiCampaigns(jdbi);
        var vendorKeys = new JdbiVendorKeys(jdbi);
        RequestCounting counters = new JdbiRequestCounters(jdbi)::countOne;
        var crypto = new HmacVendorKeyCrypto(settings.vendorKeyPepper().map(Secret::value));
        guardPepper(platform, settings, vendorKeys);

        var viewers = new LeadViewers(teams);
        var intake = new LeadIntake(new LibPhoneNumbers());
        var capture = new CaptureLead(leads, history, tx, clock, ids);
        ImportJobs jobs = importId -> platform.jobQueue().enqueue(
                NewJob.of(JobType.LEAD_IMPORT, importId.toString()).dedupedBy(importId.toString()));
        var files = new BlobImportFiles(platform.blobStore());

        runLeadImport = new RunLeadImport(imports, files, new CommonsCsvFiles(), intake, capture, teams, viewers, tx, clock);
        startLeadImport = new StartLeadImport(imports, files, jobs, teams, viewers, tx, clock, ids);
        showLeadImport = new ShowLeadImport(imports);
        manageVendorKeys = new ManageVendorKeys(vendorKeys, crypto, tx, clock, ids);

        var addresses = new ClientAddresses(platform.settings().identity().trustedProxies());
        routes = List.of(
                new LeadRoutes(new LeadRoutes.UseCases(new CreateLead(intake, capture, teams, viewers),
                        new ListLeads(leads, viewers), new ShowLead(leads, history, followUps, viewers),
                        new UpdateLead(leads, history, viewers, tx, clock, ids),
                        new LogActivity(leads, history, viewers, tx, clock, ids),
                        new ScheduleFollowUp(leads, followUps, history, viewers, tx, clock, ids),
                        new AssignLead(leads, history, teams, viewers, tx, clock, ids))),
                new FollowUpRoutes(new ListFollowUps(followUps, teams, viewers, clock),
                        new CompleteFollowUp(leads, followUps, history, viewers, tx, clock, ids)),
                new AssignmentRoutes(new AssignmentRoutes.UseCases(
                        new BulkAssign(leads, history, teams, approvals, viewers, tx, clock, ids),
                        new ListApprovals(approvals, viewers),
                        new DecideApproval(leads, history, teams, approvals, viewers, tx, clock, ids),
                        new SetSalesHead(teams, tx), viewers)),
                new ImportRoutes(startLeadImport, showLeadImport, settings.importMaxBytes()),
                new CampaignRoutes(new ManageCampaigns(campaigns, viewers, tx, clock),
                        new SubmitCampaignLead(campaigns, intake, capture, counters,
                                RateLimit.perMinute(settings.campaignFormRatePerMinute()), clock), addresses),
                new TargetRoutes(new ManageTargets(new JdbiTargets(jdbi), history, teams, viewers, tx), clock),
                new VendorKeyRoutes(manageVendorKeys),
                new VendorLeadRoutes(new AuthenticateVendor(vendorKeys, crypto, counters,
                        RateLimit.perMinute(settings.vendorRatePerMinute()), clock),
                        new SubmitVendorLead(vendorKeys, intake, capture, tx, clock, ids),
                        new Idempotent(platform.idempotentRequests())));
    }

    /** CRM.md: production refuses to start without the pepper once a vendor key exists (it could check none). */
    private static void guardPepper(Platform platform, LeadSettings settings, JdbiVendorKeys vendorKeys) {
        if (platform.settings().production() && settings.vendorKeyPepper().isEmpty() && vendorKeys.anyExists()) {
            throw new SettingsException(List.of(EnvVar.VENDOR_API_KEY_PEPPER.name()
                    + " must be set: stored vendor API keys can only be checked with it"));
        }
    }

    @Override
    public List<RouteGroup> routes() {
        return routes;
    }

    @Override
    public void jobs(JobWorkers workers) {
        workers.register(JobType.LEAD_IMPORT, job -> runLeadImport.run(UUID.fromString(job.payload()), RunLeadImport.Progress.NONE),
                IMPORT_WORKERS);
    }
}

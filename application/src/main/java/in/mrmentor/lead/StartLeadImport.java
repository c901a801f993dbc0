package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.ImportFiles;
import in.mrmentor.lead.port.ImportJobs;
import in.mrmentor.lead.port.LeadImports;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/crm/imports} (a head or ADMIN): the CSV is streamed into the blob store, then a
 * {@code leadImport} job reads it back; nothing holds the file in memory. The operator's
 * {@code mas crm import} stages a file the same way and runs the job's pipeline itself.
 */
public final class StartLeadImport {
    private final LeadImports imports;
    private final ImportFiles files;
    private final ImportJobs jobs;
    private final SalesTeams teams;
    private final LeadViewers viewers;
    private final Assigning assigning;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public StartLeadImport(LeadImports imports, ImportFiles files, ImportJobs jobs, SalesTeams teams,
                           LeadViewers viewers, Transactions transactions, Clock clock, Ids ids) {
        this.imports = imports;
        this.files = files;
        this.jobs = jobs;
        this.teams = teams;
        this.viewers = viewers;
        this.assigning = new Assigning(null, null, teams, viewers, clock, ids);
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public LeadImport start(Principal caller, InputStream csv, long length, UUID assignTo) {
        LeadViewer actor = viewers.of(caller);
        if (!LeadVisibilityPolicy.mayAssign(actor)) {
            throw LeadErrors.notSalesHead();
        }
        if (assignTo != null) {
            assigning.requireAssignees(actor, List.of(assignTo), "assignTo");
        }
        UUID id = ids.next();
        files.store(id, csv, length);
        LeadImport batch = LeadImport.queued(id, caller.userId(), assignTo, null, clock.instant());
        transactions.run(() -> imports.add(batch));
        jobs.enqueue(id);
        return batch;
    }

    /** For the operator's command: the file is staged like an upload, and the caller runs the import. */
    public LeadImport stage(InputStream csv, String fileName, String assignToEmail) {
        UUID assignTo = null;
        if (assignToEmail != null) {
            var member = teams.memberByEmail(assignToEmail.trim().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> in.mrmentor.shared.Validation.invalid("assignTo", "must be an active SALES user"));
            LeadViewer operator = new LeadViewer(member.id(), true, false, false);
            assigning.requireAssignees(operator, List.of(member.id()), "assignTo");
            assignTo = member.id();
        }
        UUID id = ids.next();
        files.store(id, csv, -1);
        LeadImport batch = LeadImport.queued(id, null, assignTo, fileName, clock.instant());
        transactions.run(() -> imports.add(batch));
        return batch;
    }
}

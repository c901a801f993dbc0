package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;
import java.util.UUID;

/** Applications for admins (by batch and status, oldest first, paged) and a student's own. */
public final class ListApplications {
    private static final Keyset<ProgramApplication, TimeKey> OLDEST_FIRST =
            Keyset.byTime("program-applications", a -> new TimeKey(a.createdAt(), a.id()));

    private final ProgramApplications applications;
    private final Batches batches;

    public ListApplications(ProgramApplications applications, Batches batches) {
        this.applications = applications;
        this.batches = batches;
    }

    public Page<ProgramApplication> page(UUID batchId, ApplicationStatus status, int limit, String cursor) {
        PageRequest<TimeKey> request = OLDEST_FIRST.request(cursor, limit);
        return OLDEST_FIRST.page(applications.page(batchId, status, request), request);
    }

    /** By batch code, as {@code mas programs applications list --batch CODE} names it. */
    public Page<ProgramApplication> ofBatchCode(String code, ApplicationStatus status, int limit, String cursor) {
        var batch = batches.findByCode(code).orElseThrow(ProgramErrors::batchNotFound);
        return page(batch.id(), status, limit, cursor);
    }

    public List<ProgramApplication> mine(UUID userId) {
        return applications.ofUser(userId);
    }

    public ProgramApplication one(UUID id) {
        return applications.find(id).orElseThrow(ProgramErrors::applicationNotFound);
    }

    public List<ApplicationTransition> history(UUID applicationId) {
        return applications.history(applicationId);
    }
}

package in.mrmentor.program;

import in.mrmentor.notification.Notifier;
import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * An admin seats a PAID application in its batch (or another one): BATCH_ALLOCATED, never above
 * capacity. An application another context seats itself (a PAP workflow's) is refused as its
 * {@link SeatingPolicies} say, before anything changes.
 */
public final class AllocateBatch {
    private final ApplicationSteps steps;
    private final SeatingPolicies seating;
    private final Transactions transactions;

    public AllocateBatch(ProgramApplications applications, Batches batches, SeatingPolicies seating,
                         Transactions transactions, Clock clock, Notifier notifier) {
        this.steps = new ApplicationSteps(applications, batches, clock, notifier);
        this.seating = seating;
        this.transactions = transactions;
    }

    /** @param batchId null: the application's own batch */
    public ProgramApplication allocate(UUID adminId, UUID id, UUID batchId) {
        return transactions.inTransaction(() -> {
            var application = steps.locked(id);
            seating.check(application);
            // APPROVED -> BATCH_ALLOCATED is the PAP path's own step (the workflow seats its student); an
            // admin seats only a student whose fee is paid, or a seat would be given away.
            if (application.status() != ApplicationStatus.PAID) {
                throw ProgramErrors.feeNotPaid(application.status());
            }
            return steps.seat(application, batchId, adminId);
        });
    }
}

package in.mrmentor.program;

import in.mrmentor.notification.Notifier;
import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * An admin enrolls an allocated student, or deboards an enrolled one. Enrolling an application another
 * context seats itself (a PAP workflow's) is refused as its {@link SeatingPolicies} say.
 */
public final class ChangeEnrollment {
    private final ApplicationSteps steps;
    private final SeatingPolicies seating;
    private final Transactions transactions;

    public ChangeEnrollment(ProgramApplications applications, Batches batches, SeatingPolicies seating,
                            Transactions transactions, Clock clock, Notifier notifier) {
        this.steps = new ApplicationSteps(applications, batches, clock, notifier);
        this.seating = seating;
        this.transactions = transactions;
    }

    public ProgramApplication enroll(UUID adminId, UUID id, String reason) {
        return transactions.inTransaction(() -> {
            var application = steps.locked(id);
            seating.check(application);
            return steps.move(application, ApplicationStatus.ENROLLED, adminId, reason);
        });
    }

    public ProgramApplication deboard(UUID adminId, UUID id, String reason) {
        return transactions.inTransaction(() -> steps.move(steps.locked(id), ApplicationStatus.DEBOARDED, adminId, reason));
    }
}

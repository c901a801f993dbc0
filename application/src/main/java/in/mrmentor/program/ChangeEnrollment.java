package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** An admin enrolls an allocated student, or deboards an enrolled one. */
public final class ChangeEnrollment {
    private final ApplicationSteps steps;
    private final Transactions transactions;

    public ChangeEnrollment(ProgramApplications applications, Batches batches, Transactions transactions, Clock clock) {
        this.steps = new ApplicationSteps(applications, batches, clock);
        this.transactions = transactions;
    }

    public ProgramApplication enroll(UUID adminId, UUID id, String reason) {
        return transactions.inTransaction(() -> steps.move(steps.locked(id), ApplicationStatus.ENROLLED, adminId, reason));
    }

    public ProgramApplication deboard(UUID adminId, UUID id, String reason) {
        return transactions.inTransaction(() -> steps.move(steps.locked(id), ApplicationStatus.DEBOARDED, adminId, reason));
    }
}

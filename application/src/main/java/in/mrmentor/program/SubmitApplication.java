package in.mrmentor.program;

import in.mrmentor.notification.Notifier;
import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** The owner submits a DRAFT for review. */
public final class SubmitApplication {
    private final ProgramApplications applications;
    private final ApplicationSteps steps;
    private final Transactions transactions;

    public SubmitApplication(ProgramApplications applications, Batches batches, Transactions transactions, Clock clock, Notifier notifier) {
        this.applications = applications;
        this.steps = new ApplicationSteps(applications, batches, clock, notifier);
        this.transactions = transactions;
    }

    public ProgramApplication submit(UUID userId, UUID id) {
        return transactions.inTransaction(() -> {
            var application = applications.lock(id).filter(a -> a.userId().equals(userId))
                    .orElseThrow(ProgramErrors::applicationNotFound);
            return steps.move(application, ApplicationStatus.SUBMITTED, userId, null);
        });
    }
}

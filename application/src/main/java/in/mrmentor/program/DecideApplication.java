package in.mrmentor.program;

import in.mrmentor.notification.Notifier;
import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** An admin opens the review of, approves or rejects an application (a rejection needs its reason). */
public final class DecideApplication {

    public enum Decision {
        REVIEW(ApplicationStatus.UNDER_REVIEW),
        APPROVE(ApplicationStatus.APPROVED),
        REJECT(ApplicationStatus.REJECTED);

        final ApplicationStatus target;

        Decision(ApplicationStatus target) {
            this.target = target;
        }
    }

    public record Command(Decision decision, String note) {
        public Command {
            new Validation().require(decision != null, "decision", "is required")
                    .require(decision != Decision.REJECT || (note != null && !note.isBlank()), "reason", "is required")
                    .optionalText(note, decision == Decision.REJECT ? "reason" : "note", 2000)
                    .orThrow();
        }
    }

    private final ProgramApplications applications;
    private final ApplicationSteps steps;
    private final Transactions transactions;

    public DecideApplication(ProgramApplications applications, Batches batches, Transactions transactions, Clock clock, Notifier notifier) {
        this.applications = applications;
        this.steps = new ApplicationSteps(applications, batches, clock, notifier);
        this.transactions = transactions;
    }

    public ProgramApplication decide(UUID adminId, UUID id, Command c) {
        return transactions.inTransaction(() -> steps.move(steps.locked(id), c.decision().target, adminId, c.note()));
    }
}

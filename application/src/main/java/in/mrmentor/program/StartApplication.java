package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** A student starts an application (DRAFT) to an open batch; one open application per user and batch. */
public final class StartApplication {

    /** @param answers the form's answers as a JSON object's text; @param billing null until the student gives it */
    public record Command(UUID batchId, String answers, BillingDetails billing) {
        public Command {
            if (batchId == null) {
                throw in.mrmentor.shared.Validation.invalid("batchId", "is required");
            }
        }
    }

    private final Batches batches;
    private final ProgramApplications applications;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public StartApplication(Batches batches, ProgramApplications applications, Transactions transactions, Clock clock,
                            Ids ids) {
        this.batches = batches;
        this.applications = applications;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public ProgramApplication start(UUID userId, Command c) {
        return transactions.inTransaction(() -> {
            var batch = batches.find(c.batchId()).orElseThrow(ProgramErrors::batchNotFound);
            if (!batch.status().isOpen()) {
                throw ProgramErrors.batchClosed();
            }
            var now = clock.instant();
            var application = new ProgramApplication(ids.next(), userId, batch.id(), ApplicationStatus.DRAFT,
                    c.answers(), c.billing(), null, now, now);
            if (!applications.add(application)) {
                throw ProgramErrors.applicationExists();
            }
            applications.record(new ApplicationTransition(application.id(), null, ApplicationStatus.DRAFT, userId, now, null));
            return application;
        });
    }
}

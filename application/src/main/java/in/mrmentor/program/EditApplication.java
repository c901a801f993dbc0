package in.mrmentor.program;

import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** The owner changes a DRAFT's answers, and the billing details until the fee is paid. */
public final class EditApplication {

    /** @param answers null keeps them; @param billing null keeps it */
    public record Command(String answers, BillingDetails billing) {
    }

    private final ProgramApplications applications;
    private final Transactions transactions;
    private final Clock clock;

    public EditApplication(ProgramApplications applications, Transactions transactions, Clock clock) {
        this.applications = applications;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ProgramApplication edit(UUID userId, UUID id, Command c) {
        return transactions.inTransaction(() -> {
            var application = applications.lock(id).filter(a -> a.userId().equals(userId))
                    .orElseThrow(ProgramErrors::applicationNotFound);
            var now = clock.instant();
            var edited = application;
            if (c.answers() != null) {
                edited = edited.withAnswers(c.answers(), now);
            }
            if (c.billing() != null) {
                edited = edited.withBilling(c.billing(), now);
            }
            applications.replace(edited);
            return edited;
        });
    }
}

package in.mrmentor.program;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A student's application to a batch (seed 003 "Application"). {@code answers} is the JSON object of
 * the form's answers, kept as text (the domain reads no JSON); {@code billing} is whom the fee's
 * invoice names; {@code invoiceNumber} is set when the fee is PAID.
 */
public record ProgramApplication(UUID id, UUID userId, UUID batchId, ApplicationStatus status, String answers,
                                 BillingDetails billing, String invoiceNumber, Instant createdAt, Instant updatedAt) {
    public ProgramApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(status, "status");
        answers = answers == null ? "{}" : answers;
    }

    /** This application in {@code next}, or 409 {@code INVALID_TRANSITION}. */
    public ProgramApplication movedTo(ApplicationStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw ProgramErrors.invalidTransition("application", status, next);
        }
        return new ProgramApplication(id, userId, batchId, next, answers, billing, invoiceNumber, createdAt, at);
    }

    public ProgramApplication withAnswers(String newAnswers, Instant at) {
        if (status != ApplicationStatus.DRAFT) {
            throw ProgramErrors.invalidTransition("application", status, "edited");
        }
        return new ProgramApplication(id, userId, batchId, status, newAnswers, billing, invoiceNumber, createdAt, at);
    }

    public ProgramApplication withBilling(BillingDetails newBilling, Instant at) {
        if (!status.billingEditable()) {
            throw ProgramErrors.invalidTransition("application", status, "re-billed");
        }
        return new ProgramApplication(id, userId, batchId, status, answers, newBilling, invoiceNumber, createdAt, at);
    }

    public ProgramApplication withInvoice(String number, Instant at) {
        return new ProgramApplication(id, userId, batchId, status, answers, billing, number, createdAt, at);
    }

    public ProgramApplication inBatch(UUID newBatch, Instant at) {
        return new ProgramApplication(id, userId, newBatch, status, answers, billing, invoiceNumber, createdAt, at);
    }

    public BillingDetails requireBilling() {
        if (billing == null) {
            throw ProgramErrors.billingMissing();
        }
        return billing;
    }
}

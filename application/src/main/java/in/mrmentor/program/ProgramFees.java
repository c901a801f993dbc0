package in.mrmentor.program;

import in.mrmentor.notification.Notifier;
import in.mrmentor.invoice.Buyer;
import in.mrmentor.invoice.Gstin;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.invoice.Payment;
import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.DiscountRequests;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.DomainException;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The batch fee of an application: what is due (the GST-inclusive fee less an APPROVED discount),
 * and crediting a captured receipt inside the caller's transaction: {@code APPROVED ->
 * PAYMENT_RECEIVED}, the tax invoice in the batch's program series to the application's billing
 * details, {@code -> PAID} with its number; for a PAP workflow's upfront payment, then seated and
 * enrolled as well when a seat is free (else it stays PAID). An application past APPROVED is never
 * credited twice.
 */
public final class ProgramFees {
    /** Who the gateway's steps are recorded as. */
    public static final UUID PAYMENT_GATEWAY = new UUID(0, 3);

    private final ProgramApplications applications;
    private final Batches batches;
    private final DiscountRequests discounts;
    private final IssueInvoice issueInvoice;
    private final String lineLabel;
    private final ApplicationSteps steps;

    /** @param lineLabel the invoice line's description ({@code GLOBAL_INVOICE_MAS_ITEM}), followed by the batch code */
    public ProgramFees(ProgramApplications applications, Batches batches, DiscountRequests discounts,
                       IssueInvoice issueInvoice, String lineLabel, Clock clock, Notifier notifier) {
        this.applications = applications;
        this.batches = batches;
        this.discounts = discounts;
        this.issueInvoice = issueInvoice;
        this.lineLabel = lineLabel;
        this.steps = new ApplicationSteps(applications, batches, clock, notifier);
    }

    /** The fee due for the application: the batch's fee less an approved discount, never below zero. */
    public long due(ProgramApplication application) {
        var batch = batches.find(application.batchId()).orElseThrow(ProgramErrors::batchNotFound);
        long discount = discounts.approvedFor(application.id()).map(DiscountRequest::amountPaise).orElse(0L);
        return Math.max(0, batch.enrollmentFeePaise() - discount);
    }

    /** True when the application still waits for its fee (APPROVED), read under its lock. */
    public boolean awaitsFee(UUID applicationId) {
        return lockedStatus(applicationId).map(status -> status == ApplicationStatus.APPROVED).orElse(false);
    }

    /** The application's status, read under its lock, which the caller's transaction keeps; empty when there is none. */
    public Optional<ApplicationStatus> lockedStatus(UUID applicationId) {
        return applications.lock(applicationId).map(ProgramApplication::status);
    }

    /**
     * Credits the receipt to the application (which must be APPROVED) and invoices it: {@code PAID},
     * inside the caller's transaction.
     *
     * @param email where the invoice is mailed (may be null)
     */
    public ProgramApplication credit(UUID applicationId, Payment receipt, String email) {
        var application = steps.locked(applicationId);
        var billing = application.requireBilling();
        var batch = batches.find(application.batchId()).orElseThrow(ProgramErrors::batchNotFound);
        var received = steps.move(application, ApplicationStatus.PAYMENT_RECEIVED, PAYMENT_GATEWAY, receipt.gatewayPaymentId());
        var buyer = new Buyer(billing.name(), billing.address(), billing.stateCode(),
                Gstin.parse(billing.gstin()).orElse(null), email);
        var invoice = issueInvoice.issueTo(application.userId(), IssueInvoice.Command.inclusive(
                InvoiceSeries.valueOf(batch.program().name()),
                buyer, lineLabel + ", batch " + batch.code(), receipt.amountPaise(), receipt.id(),
                "program-application:" + application.id()));
        String number = invoice.number().text();
        return steps.move(received.withInvoice(number, received.updatedAt()), ApplicationStatus.PAID,
                PAYMENT_GATEWAY, "invoice " + number);
    }

    /**
     * What crediting an upfront fee came to: the application ENROLLED, or PAID and waiting for a seat
     * ({@code waitingFor} names why: the batch's {@code BATCH_FULL} or {@code BATCH_CLOSED} refusal).
     */
    public record UpfrontCredit(ProgramApplication application, DomainException waitingFor) {
        public boolean enrolled() {
            return waitingFor == null;
        }
    }

    /**
     * A PAP workflow's upfront payment: credited and invoiced as {@link #credit} does, then seated and
     * enrolled when the batch has a free seat. A full (or closed) batch never refuses money the gateway
     * has taken: the application stays PAID, for an admin to seat later.
     */
    public UpfrontCredit creditUpfront(UUID applicationId, Payment receipt, String email) {
        var paid = credit(applicationId, receipt, email);
        var refusal = steps.seatRefusal(paid.batchId());
        if (refusal.isPresent()) {
            return new UpfrontCredit(paid, refusal.get());
        }
        var seated = steps.seat(paid, null, PAYMENT_GATEWAY);
        return new UpfrontCredit(steps.move(seated, ApplicationStatus.ENROLLED, PAYMENT_GATEWAY, "paid upfront"), null);
    }
}

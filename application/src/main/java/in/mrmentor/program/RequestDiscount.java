package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.DiscountRequests;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * Sales asks to lower an application's fee (PENDING); never above the fee (400), and one open
 * request per application (409 {@code DISCOUNT_REQUEST_OPEN}).
 */
public final class RequestDiscount {

    public record Command(UUID applicationId, long amountPaise, String reason) {
        public Command {
            new Validation().require(applicationId != null, "applicationId", "is required")
                    .require(amountPaise >= 1, "amountPaise", "must be at least 1")
                    .requireText(reason, "reason", 1000).orThrow();
        }
    }

    private final DiscountRequests requests;
    private final ProgramApplications applications;
    private final Batches batches;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RequestDiscount(DiscountRequests requests, ProgramApplications applications, Batches batches,
                           Transactions transactions, Clock clock, Ids ids) {
        this.requests = requests;
        this.applications = applications;
        this.batches = batches;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public DiscountRequest request(UUID requestedBy, Command c) {
        return transactions.inTransaction(() -> {
            var application = applications.find(c.applicationId()).orElseThrow(ProgramErrors::applicationNotFound);
            var batch = batches.find(application.batchId()).orElseThrow(ProgramErrors::batchNotFound);
            if (c.amountPaise() > batch.enrollmentFeePaise()) {
                throw Validation.invalid("amountPaise", "must not exceed the fee of " + batch.enrollmentFeePaise() + " paise");
            }
            var request = new DiscountRequest(ids.next(), application.id(), c.amountPaise(), c.reason(),
                    DiscountStatus.PENDING, requestedBy, clock.instant(), null, null, null);
            if (!requests.add(request)) {
                throw ProgramErrors.discountOpen();
            }
            return request;
        });
    }
}

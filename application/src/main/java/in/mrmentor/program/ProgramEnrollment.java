package in.mrmentor.program;

import in.mrmentor.notification.Notifier;
import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * What the PAP context asks of programs, through public types only: the application and batch a
 * workflow is for, and the enrollment of a PAP student who pays nothing upfront
 * ({@code APPROVED -> BATCH_ALLOCATED -> ENROLLED}, capacity checked under the batch's lock) inside
 * the caller's transaction.
 */
public final class ProgramEnrollment {

    /** An application with its batch. */
    public record Enrollee(ProgramApplication application, Batch batch) {
    }

    private final ProgramApplications applications;
    private final Batches batches;
    private final ApplicationSteps steps;
    private final Transactions transactions;

    public ProgramEnrollment(ProgramApplications applications, Batches batches, Transactions transactions, Clock clock, Notifier notifier) {
        this.applications = applications;
        this.batches = batches;
        this.steps = new ApplicationSteps(applications, batches, clock, notifier);
        this.transactions = transactions;
    }

    /** The application (owned by {@code userId} when it is not null) with its batch, or 404. */
    public Enrollee find(UUID applicationId, UUID userId) {
        return enrollee(applications.find(applicationId), userId);
    }

    /**
     * As {@link #find}, with the application's row locked until the caller's transaction ends: a
     * workflow started on it then cannot race an admin's program route seating it.
     */
    public Enrollee findLocked(UUID applicationId, UUID userId) {
        return enrollee(applications.lock(applicationId), userId);
    }

    private Enrollee enrollee(Optional<ProgramApplication> found, UUID userId) {
        var application = found.filter(a -> userId == null || a.userId().equals(userId))
                .orElseThrow(ProgramErrors::applicationNotFound);
        return new Enrollee(application, batch(application.batchId()));
    }

    /** The batch, or 404. */
    public Batch batch(UUID batchId) {
        return batches.find(batchId).orElseThrow(ProgramErrors::batchNotFound);
    }

    /** Seats and enrolls an APPROVED application without a fee; 409 BATCH_FULL when the batch is full. */
    public ProgramApplication enrollWithoutFee(UUID applicationId, UUID actor, String note) {
        return transactions.inTransaction(() -> {
            var seated = steps.seat(steps.locked(applicationId), null, actor);
            return steps.move(seated, ApplicationStatus.ENROLLED, actor, note);
        });
    }

    /** 409 BATCH_FULL (or BATCH_CLOSED) when the batch could not seat anyone at this moment. */
    public void requireFreeSeat(UUID batchId) {
        transactions.run(() -> steps.seatRefusal(batchId).ifPresent(refusal -> {
            throw refusal;
        }));
    }

    /**
     * Seats and enrolls an application whose fee is PAID, in {@code batchId} (its own batch when null),
     * capacity checked under the batch's lock: {@code PAID -> BATCH_ALLOCATED -> ENROLLED}, or 409
     * BATCH_FULL. An application an admin allocated already is only enrolled, and an ENROLLED one is
     * left as it is, so a caller that tracks the enrollment too can always catch up; any other status
     * is 409 INVALID_TRANSITION.
     */
    public ProgramApplication enrollPaid(UUID applicationId, UUID batchId, UUID actor, String note) {
        return transactions.inTransaction(() -> {
            var application = steps.locked(applicationId);
            boolean elsewhere = batchId != null && !batchId.equals(application.batchId());
            return switch (application.status()) {
                case PAID -> steps.move(steps.seat(application, batchId, actor), ApplicationStatus.ENROLLED, actor, note);
                case BATCH_ALLOCATED -> {
                    if (elsewhere) {
                        throw seatedAlready();
                    }
                    yield steps.move(application, ApplicationStatus.ENROLLED, actor, note);
                }
                case ENROLLED -> {
                    if (elsewhere) {
                        throw seatedAlready();
                    }
                    yield application;
                }
                default -> throw ProgramErrors.invalidTransition("application", application.status(),
                        ApplicationStatus.BATCH_ALLOCATED);
            };
        });
    }

    private static DomainException seatedAlready() {
        return DomainException.conflict(ProgramErrors.INVALID_TRANSITION,
                "This application has its seat already; it cannot move to another batch.");
    }
}

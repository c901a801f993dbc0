package in.mrmentor.program;

import in.mrmentor.notification.Notifier;
import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.DomainException;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves an application along its lifecycle and records the step with its actor and time, inside the
 * caller's transaction. Seating takes the batch's row lock first and counts the seats under it, so
 * racing allocations of one batch never exceed its capacity, on any number of servers.
 */
final class ApplicationSteps {
    private final ProgramApplications applications;
    private final Batches batches;
    private final Clock clock;
    private final Notifier notifier;

    ApplicationSteps(ProgramApplications applications, Batches batches, Clock clock, Notifier notifier) {
        this.applications = applications;
        this.batches = batches;
        this.clock = clock;
        this.notifier = notifier;
    }

    ProgramApplication locked(UUID id) {
        return applications.lock(id).orElseThrow(ProgramErrors::applicationNotFound);
    }

    ProgramApplication move(ProgramApplication application, ApplicationStatus next, UUID actor, String note) {
        var now = clock.instant();
        var moved = application.movedTo(next, now);
        applications.replace(moved);
        applications.record(new ApplicationTransition(application.id(), application.status(), next, actor, now, note));
        ApplicationNotices.of(moved, actor, note).ifPresent(notifier::notify);
        return moved;
    }

    /** Takes a seat of {@code batchId} (the application's own batch when null): BATCH_ALLOCATED, or 409 BATCH_FULL. */
    ProgramApplication seat(ProgramApplication application, UUID batchId, UUID actor) {
        if (!application.status().canMoveTo(ApplicationStatus.BATCH_ALLOCATED)) {
            throw ProgramErrors.invalidTransition("application", application.status(), ApplicationStatus.BATCH_ALLOCATED);
        }
        UUID target = batchId == null ? application.batchId() : batchId;
        var batch = batches.lock(target).orElseThrow(ProgramErrors::batchNotFound);
        if (!target.equals(application.batchId())) {
            // The fee paid and invoiced was the applied-for program's; another program's batch is another product.
            var applied = batches.find(application.batchId()).orElseThrow(ProgramErrors::batchNotFound);
            if (applied.program() != batch.program()) {
                throw ProgramErrors.batchOfAnotherProgram(applied.program(), batch.program());
            }
        }
        var refusal = refusal(batch);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        var inBatch = target.equals(application.batchId()) ? application : application.inBatch(target, clock.instant());
        return move(inBatch, ApplicationStatus.BATCH_ALLOCATED, actor, batch.code());
    }

    /**
     * Why the batch could not seat anyone now (BATCH_CLOSED, BATCH_FULL), read under the batch's row
     * lock, which the caller's transaction keeps; empty when a seat is free. Nothing is written, so a
     * caller may go on without the seat.
     */
    Optional<DomainException> seatRefusal(UUID batchId) {
        return refusal(batches.lock(batchId).orElseThrow(ProgramErrors::batchNotFound));
    }

    /** The one place a locked batch's seat is judged: closed, then full, counted under its row lock. */
    private Optional<DomainException> refusal(Batch batch) {
        if (!batch.status().isOpen()) {
            return Optional.of(ProgramErrors.batchClosed());
        }
        if (applications.seated(batch.id()) >= batch.capacity()) {
            return Optional.of(ProgramErrors.batchFull(batch.code(), batch.capacity()));
        }
        return Optional.empty();
    }
}

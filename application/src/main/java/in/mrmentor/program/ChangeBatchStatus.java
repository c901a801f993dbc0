package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** An admin moves a batch along UPCOMING -> ACTIVE -> COMPLETED, or cancels it. */
public final class ChangeBatchStatus {
    private final Batches batches;
    private final Transactions transactions;

    private final Clock clock;

    public ChangeBatchStatus(Batches batches, Transactions transactions, Clock clock) {
        this.batches = batches;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Batch change(UUID adminId, UUID id, BatchStatus next) {
        return transactions.inTransaction(() -> {
            var batch = batches.lock(id).orElseThrow(ProgramErrors::batchNotFound);
            var moved = batch.movedTo(next);
            batches.replace(moved);
            batches.record(new BatchTransition(id, batch.status(), next, adminId, clock.instant()));
            return moved;
        });
    }
}

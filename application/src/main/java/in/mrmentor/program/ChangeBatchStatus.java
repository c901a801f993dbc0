package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.shared.port.Transactions;

import java.util.UUID;

/** An admin moves a batch along UPCOMING -> ACTIVE -> COMPLETED, or cancels it. */
public final class ChangeBatchStatus {
    private final Batches batches;
    private final Transactions transactions;

    public ChangeBatchStatus(Batches batches, Transactions transactions) {
        this.batches = batches;
        this.transactions = transactions;
    }

    public Batch change(UUID id, BatchStatus next) {
        return transactions.inTransaction(() -> {
            var batch = batches.lock(id).orElseThrow(ProgramErrors::batchNotFound);
            var moved = batch.movedTo(next);
            batches.replace(moved);
            return moved;
        });
    }
}

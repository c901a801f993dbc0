package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.EnumSet;
import java.util.Set;

/** Batches oldest first: every one for admins, the UPCOMING and ACTIVE ones for everybody. */
public final class ListBatches {
    private static final Keyset<Batch, TimeKey> OLDEST_FIRST =
            Keyset.byTime("batches", batch -> new TimeKey(batch.createdAt(), batch.id()));

    private final Batches batches;

    public ListBatches(Batches batches) {
        this.batches = batches;
    }

    /** @param status null for every status */
    public Page<Batch> all(BatchStatus status, int limit, String cursor) {
        PageRequest<TimeKey> request = OLDEST_FIRST.request(cursor, limit);
        Set<BatchStatus> statuses = status == null ? EnumSet.noneOf(BatchStatus.class) : EnumSet.of(status);
        return OLDEST_FIRST.page(batches.page(statuses, request), request);
    }

    public java.util.List<BatchTransition> history(java.util.UUID batchId) {
        return batches.history(batchId);
    }

    public Page<Batch> open(int limit, String cursor) {
        PageRequest<TimeKey> request = OLDEST_FIRST.request(cursor, limit);
        return OLDEST_FIRST.page(batches.page(EnumSet.of(BatchStatus.UPCOMING, BatchStatus.ACTIVE), request), request);
    }
}

package in.mrmentor.program.port;

import in.mrmentor.program.Batch;
import in.mrmentor.program.BatchStatus;
import in.mrmentor.program.BatchTransition;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The batches of every program. */
public interface Batches {

    /** Adds the batch; false (and nothing stored) when its code is taken. */
    boolean add(Batch batch);

    Optional<Batch> find(UUID id);

    Optional<Batch> findByCode(String code);

    /**
     * The batch, locked until the transaction ends: allocations count the seats taken under this
     * lock, so racing allocations of one batch take turns and never overfill it.
     */
    Optional<Batch> lock(UUID id);

    void replace(Batch batch);

    /** Appends one step to the batch's history. */
    void record(BatchTransition transition);

    /** Every step of the batch, oldest first. */
    List<BatchTransition> history(UUID batchId);

    /** Batches in {@code statuses} (all when empty), oldest first, after the request's key. */
    List<Batch> page(Set<BatchStatus> statuses, PageRequest<TimeKey> request);
}

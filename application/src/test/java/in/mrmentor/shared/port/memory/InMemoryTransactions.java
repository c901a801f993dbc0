package in.mrmentor.shared.port.memory;

import in.mrmentor.shared.port.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory repositories: one unit of work at a time (a global lock), and on
 * any exception every participating repository is put back as it was when the unit began.
 * Nested units join the outer one, as they do on PostgreSQL.
 */
public final class InMemoryTransactions implements Transactions {

    /** A repository that can be rolled back. */
    public interface Participant {
        /** Captures the current state; running the returned action restores it. */
        Runnable snapshot();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Participant> participants = new CopyOnWriteArrayList<>();

    public <P extends Participant> P enlist(P participant) {
        participants.add(participant);
        return participant;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Runnable> undo = new ArrayList<>();
            for (Participant participant : participants) {
                undo.add(participant.snapshot());
            }
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                undo.forEach(Runnable::run);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}

package in.mrmentor.persistence;

import in.mrmentor.shared.port.Transactions;
import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/**
 * One PostgreSQL transaction per unit of work. Repositories use {@code jdbi.withHandle}, which
 * Jdbi binds to the handle this transaction opened on the same thread, so every write joins it.
 */
public final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}

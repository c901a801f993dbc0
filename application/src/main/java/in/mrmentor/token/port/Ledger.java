package in.mrmentor.token.port;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.token.Account;
import in.mrmentor.token.LedgerAudit;
import in.mrmentor.token.LedgerEntry;
import in.mrmentor.token.Transfer;
import in.mrmentor.token.TransferPlan;
import in.mrmentor.token.UserAccount;
import in.mrmentor.token.WalletBalance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The double-entry token ledger and the balance projection kept beside it. Every write joins the
 * caller's unit of work; the balances of the user accounts a posting touches are locked for the
 * rest of that unit (in PostgreSQL: row locks, taken in one fixed order so two postings never deadlock).
 */
public interface Ledger {

    /** The outcome of {@link #post}: either every transfer was written, or none was. */
    sealed interface Posting permits Posted, Refused {

        /** The posting that was written; a refusal becomes the exception {@code refusal} makes of it. */
        Posted orElseThrow(Function<Refused, ? extends RuntimeException> refusal);
    }

    /** @param entries the user-account legs written, in transfer order */
    record Posted(List<LedgerEntry> entries) implements Posting {
        public Posted {
            entries = List.copyOf(entries);
        }

        @Override
        public Posted orElseThrow(Function<Refused, ? extends RuntimeException> refusal) {
            return this;
        }
    }

    /** A user account would have gone below zero ({@link Account#mayHold}); nothing was written. */
    record Refused(UserAccount account, long needed, long available) implements Posting {

        @Override
        public Posted orElseThrow(Function<Refused, ? extends RuntimeException> refusal) {
            throw refusal.apply(this);
        }

        /** For postings that only credit users, where a refusal can only be a bug. */
        public IllegalStateException unexpected(String posting) {
            return new IllegalStateException(posting + " cannot be refused: " + this);
        }
    }

    /** Creates the three zero balances of a user; opening an open wallet changes nothing. */
    void open(UUID userId);

    boolean isOpen(UUID userId);

    WalletBalance balances(UUID userId);

    /**
     * Locks the plan's accounts (held until the unit of work ends) in one pass, in the ledger's fixed
     * order, lets the plan decide its transfers from the balances read there, and writes them all and
     * updates the projection, or nothing when a user account would go negative.
     *
     * @throws in.mrmentor.shared.DomainException whatever the plan refuses with; nothing is written
     */
    Posting post(TransferPlan plan, Instant at);

    /** {@link #post(TransferPlan, Instant)} of transfers decided beforehand. */
    default Posting post(List<Transfer> transfers, Instant at) {
        return post(TransferPlan.of(transfers), at);
    }

    /**
     * A user's entries, newest first by sequence: those older than the page's key (no key: from the
     * newest), up to {@link PageRequest#fetch()} of them.
     */
    List<LedgerEntry> entries(UUID userId, PageRequest<Long> page);

    /** Recomputes every balance from the ledger and compares it with the projection. */
    LedgerAudit audit();
}

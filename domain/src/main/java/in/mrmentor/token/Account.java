package in.mrmentor.token;

/**
 * One side of a ledger transfer. User accounts hold balances that can never go below zero; system
 * accounts are where tokens come from and go to, so the sum over every account is always zero.
 */
public sealed interface Account permits UserAccount, SystemAccount {

    /** The stable name stored in the ledger, e.g. {@code user:<uuid>:token} or {@code system:issuance}. */
    String ledgerName();

    /**
     * The ledger's one balance rule: may this account hold {@code balance}? A user account never goes
     * below zero; a system account may, since its balance is the negated total of what users hold.
     * The in-memory ledger asks this; PostgreSQL mirrors it in {@code token_balances_never_negative}
     * and {@code token_entries_user_never_negative}.
     */
    boolean mayHold(long balance);
}

package in.mrmentor.token;

/**
 * One side of a ledger transfer. User accounts hold balances that can never go below zero; system
 * accounts are where tokens come from and go to, so the sum over every account is always zero.
 */
public sealed interface Account permits UserAccount, SystemAccount {

    /** The stable name stored in the ledger, e.g. {@code user:<uuid>:token} or {@code system:issuance}. */
    String ledgerName();

    boolean mayGoNegative();
}

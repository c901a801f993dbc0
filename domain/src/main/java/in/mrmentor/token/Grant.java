package in.mrmentor.token;

import in.mrmentor.shared.Validation;

import java.util.Objects;
import java.util.UUID;

/**
 * An administrator's grant to one account of a user. A negative amount is a correction: tokens go
 * back to {@link SystemAccount#CORRECTIONS}, and the ledger refuses it if the account would go below zero.
 */
public record Grant(UUID id, UUID userId, Wallet wallet, long amount, String reason) {
    public static final int MAX_REASON_LENGTH = 500;
    /** Far above any real grant; keeps a typo from minting millions of tokens. */
    public static final long MAX_AMOUNT = 1_000_000;

    public Grant {
        Objects.requireNonNull(id, "id");
        check(new Validation(), userId, wallet, amount, reason).orThrow();
    }

    /**
     * The rules of a grant, for a command that checks them before the grant exists (so one answer names
     * every failing field); a null amount is a missing one.
     */
    public static Validation check(Validation validation, UUID userId, Wallet wallet, Long amount, String reason) {
        return validation
                .require(userId != null, "userId", "is required")
                .require(wallet != null, "account", "must be one of " + Wallet.apiNames())
                .require(amount != null, "amount", "is required")
                .require(amount == null || amount != 0 && Math.abs(amount) <= MAX_AMOUNT, "amount",
                        "must be a non-zero whole number of at most " + MAX_AMOUNT + " either way")
                .requireText(reason, "reason", MAX_REASON_LENGTH);
    }

    public boolean isCorrection() {
        return amount < 0;
    }

    public String reference() {
        return "grant:" + id;
    }

    public Transfer transfer() {
        var account = new UserAccount(userId, wallet);
        return isCorrection()
                ? new Transfer(account, SystemAccount.CORRECTIONS, -amount, MovementKind.CORRECTION, reference())
                : new Transfer(SystemAccount.ISSUANCE, account, amount, MovementKind.GRANT, reference());
    }
}

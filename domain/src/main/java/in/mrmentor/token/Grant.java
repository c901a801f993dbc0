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
        new Validation()
                .require(userId != null, "userId", "is required")
                .require(wallet != null, "account", "must be one of token, resumeToken, promotionalToken")
                .require(amount != 0 && Math.abs(amount) <= MAX_AMOUNT, "amount",
                        "must be a non-zero whole number of at most " + MAX_AMOUNT + " either way")
                .requireText(reason, "reason", MAX_REASON_LENGTH)
                .orThrow();
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

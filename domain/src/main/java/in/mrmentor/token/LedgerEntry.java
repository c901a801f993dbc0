package in.mrmentor.token;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One leg of a transfer as its user sees it: how one of their accounts changed, and what it held afterwards. */
public record LedgerEntry(UUID id, long sequence, Instant at, Wallet wallet, long delta, long balanceAfter,
                          MovementKind kind, String reference) {
    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (delta == 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("an entry moves tokens and never leaves a user account negative");
        }
    }
}

package in.mrmentor.token;

import java.util.Objects;

/**
 * One double-entry movement: {@code amount} leaves {@code from} and arrives in {@code to}. Amounts are
 * whole tokens and always positive; a correction downwards is a transfer the other way.
 */
public record Transfer(Account from, Account to, long amount, MovementKind kind, String reference) {
    public Transfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (amount <= 0) {
            throw new IllegalArgumentException("a transfer moves a positive amount, not " + amount);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a transfer needs two different accounts");
        }
    }

    /** The transfer that undoes this one, returning the tokens to where they came from. */
    public Transfer reversed(MovementKind reversalKind, String reversalReference) {
        return new Transfer(to, from, amount, reversalKind, reversalReference);
    }
}

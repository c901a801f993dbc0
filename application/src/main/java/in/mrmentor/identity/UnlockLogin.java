package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Instant;

/**
 * Clears the login throttle of an e-mail address ({@code mas users unlock}): the user locked out by
 * failed attempts (429 {@code TOO_MANY_ATTEMPTS}) may try again at once. The address need not belong
 * to an account: attempts are counted for unknown addresses too, so nothing is revealed.
 */
public final class UnlockLogin {
    private final LoginAttempts attempts;
    private final Transactions transactions;

    public UnlockLogin(LoginAttempts attempts, Transactions transactions) {
        this.attempts = attempts;
        this.transactions = transactions;
    }

    /** Answers how many recorded failures were forgotten. */
    public int unlock(String email) {
        if (!Email.isValid(email)) {
            throw Validation.invalid("email", "must be a valid e-mail address");
        }
        String key = Email.of(email).value();
        return transactions.inTransaction(() -> {
            attempts.lock(key);
            int failures = attempts.failuresSince(key, Instant.EPOCH).size();
            attempts.clear(key);
            return failures;
        });
    }
}

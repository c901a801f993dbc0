package in.mrmentor.identity;

import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

/**
 * Checks a mailed code. A right code is used up; a wrong one counts, and the fifth wrong guess deletes
 * the code, so a guesser gets five of a million chances per mailed code. Every refusal — no code,
 * expired, wrong, burnt — is the same {@code INVALID_OTP}.
 */
public final class VerifyOtp {
    public record Command(String email, String code) {
        public Command {
            new Validation()
                    .require(Email.isValid(email), "email", "must be a valid e-mail address")
                    .require(code != null && !code.isBlank(), "code", "must not be blank")
                    .require(code == null || code.length() <= 32, "code", "is too long")
                    .orThrow();
        }

        @Override
        public String toString() {
            return "VerifyOtp.Command[email=" + email + ", code=********]";
        }
    }

    private sealed interface Outcome {
        /** Throws the refusal only once the counted guess has committed. */
        void orThrow();
    }

    private record Verified() implements Outcome {
        @Override
        public void orThrow() {
        }
    }

    private record Refused() implements Outcome {
        @Override
        public void orThrow() {
            throw IdentityErrors.invalidOtp();
        }
    }

    private final OneTimeCodeCheck check;
    private final Transactions transactions;
    private final Clock clock;

    public VerifyOtp(OneTimeCodes codes, PasswordHasher hasher, Transactions transactions, Clock clock) {
        this.check = new OneTimeCodeCheck(codes, hasher);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException {@code INVALID_OTP} */
    public void verify(Command command) {
        var email = Email.of(command.email());
        String guess = command.code().strip();
        // A counted wrong guess must be committed before refusing, so the outcome leaves as a value.
        Outcome outcome = transactions.inTransaction(() ->
                check.consume(email, OneTimeCode.Purpose.EMAIL_OTP, guess, clock.instant()) ? new Verified() : new Refused());
        outcome.orThrow();
    }
}

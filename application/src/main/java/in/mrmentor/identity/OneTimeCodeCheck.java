package in.mrmentor.identity;

import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.PasswordHasher;

import java.time.Instant;

/**
 * Checks a guess against an address's live code of one purpose, inside the caller's transaction. A
 * right code is used up; a wrong one counts, and the fifth wrong guess deletes the code, so a guesser
 * gets five of a million chances per mailed code. No code, an expired one and a wrong guess all cost
 * one slow hash comparison, so timing does not tell them apart.
 */
final class OneTimeCodeCheck {
    private static final String DUMMY_CODE = "000000";

    private final OneTimeCodes codes;
    private final PasswordHasher hasher;
    private final PasswordHash dummyHash;

    OneTimeCodeCheck(OneTimeCodes codes, PasswordHasher hasher) {
        this.codes = codes;
        this.hasher = hasher;
        this.dummyHash = hasher.hash(DUMMY_CODE);
    }

    /** True when {@code guess} is the live code, which is then used up. Call inside a transaction. */
    boolean consume(Email email, OneTimeCode.Purpose purpose, String guess, Instant now) {
        var found = codes.lockFor(email, purpose);
        if (found.isEmpty() || !found.get().isUsableAt(now)) {
            hasher.matches(guess, dummyHash);
            found.ifPresent(expired -> codes.remove(expired.id()));
            return false;
        }
        var code = found.get();
        if (OneTimeCode.isWellFormed(guess) && hasher.matches(guess, code.codeHash())) {
            codes.remove(code.id());
            return true;
        }
        var counted = code.afterWrongGuess();
        if (counted.isBurnt()) {
            codes.remove(code.id());
        } else {
            codes.update(counted);
        }
        return false;
    }
}

package in.mrmentor.identity.port;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.OneTimeCode;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** At most one live mailed code per address and purpose; a new one replaces the old. */
public interface OneTimeCodes {

    /** Stores {@code code}, replacing any earlier code of the same address and purpose. */
    void put(OneTimeCode code);

    /**
     * The address's code of that purpose, its row locked until the current transaction ends (guesses
     * are counted one by one).
     */
    Optional<OneTimeCode> lockFor(Email email, OneTimeCode.Purpose purpose);

    /** The address's verification code ({@link OneTimeCode.Purpose#EMAIL_OTP}), locked likewise. */
    default Optional<OneTimeCode> lockFor(Email email) {
        return lockFor(email, OneTimeCode.Purpose.EMAIL_OTP);
    }

    /** Saves a changed try count; false when the code is gone. */
    boolean update(OneTimeCode code);

    void remove(UUID id);

    /** Deletes the codes that expired strictly before {@code cutoff} and answers how many went. */
    long purgeExpiredBefore(Instant cutoff);
}

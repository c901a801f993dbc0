package in.mrmentor.bootstrap.config;

import in.mrmentor.config.port.SecretCipher;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

/** Stands in when production has no {@code PLATFORM_ENCRYPTION_KEY}: secret rows can be neither written nor read. */
final class UnavailableSecretCipher implements SecretCipher {

    @Override
    public String seal(String plaintext) {
        throw missing();
    }

    @Override
    public String open(String sealed) {
        throw missing();
    }

    private static DomainException missing() {
        return new DomainException(ErrorKind.UNAVAILABLE, "ENCRYPTION_KEY_MISSING",
                "Secret configuration values need PLATFORM_ENCRYPTION_KEY, which is not set.");
    }
}

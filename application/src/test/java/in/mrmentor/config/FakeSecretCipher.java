package in.mrmentor.config;

import in.mrmentor.config.port.SecretCipher;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Stands in for AES-GCM, which lives in an adapter module: Base64 behind a prefix hides the plaintext
 * from a glance at the stored row, and a value without the prefix is unreadable as with a wrong key.
 */
public final class FakeSecretCipher implements SecretCipher {
    private static final String PREFIX = "fake-sealed:";

    @Override
    public String seal(String plaintext) {
        return PREFIX + Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw unreadable();
        }
        try {
            return new String(Base64.getDecoder().decode(sealed.substring(PREFIX.length())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unreadable();
        }
    }

    private static DomainException unreadable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "SECRET_UNREADABLE",
                "A stored secret cannot be decrypted with the configured PLATFORM_ENCRYPTION_KEY.");
    }
}

package in.mrmentor.external.crypto;

import in.mrmentor.identity.port.RandomSecrets;

import java.security.SecureRandom;
import java.util.Base64;

/** Refresh tokens and one-time codes from {@link SecureRandom}. */
public final class SecureRandomSecrets implements RandomSecrets {
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String refreshToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String oneTimeCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }
}

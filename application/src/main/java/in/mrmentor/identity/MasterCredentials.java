package in.mrmentor.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * The emergency "sign in as anyone" credentials: {@code MASTER_PASSWORD} plus the Base32
 * {@code MASTER_TOTP_SECRET} of an authenticator app. Both or nothing: with either one missing the
 * master login does not exist. Never printed.
 */
public final class MasterCredentials {
    private final String password;
    private final byte[] totpKey;

    private MasterCredentials(String password, byte[] totpKey) {
        this.password = password;
        this.totpKey = totpKey;
    }

    /**
     * @return empty unless both values are present and not blank
     * @throws IllegalArgumentException when the TOTP secret is not Base32, so start-up fails loudly
     */
    public static Optional<MasterCredentials> of(String password, String totpSecretBase32) {
        if (password == null || password.isBlank() || totpSecretBase32 == null || totpSecretBase32.isBlank()) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base32.decode(totpSecretBase32);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MASTER_TOTP_SECRET is not a Base32 value");
        }
        return Optional.of(new MasterCredentials(password, key));
    }

    boolean passwordMatches(String candidate) {
        return TokenDigest.sameSecret(password, Objects.requireNonNullElse(candidate, ""));
    }

    byte[] totpKey() {
        return totpKey.clone();
    }

    @Override
    public String toString() {
        return "MasterCredentials[********]";
    }
}

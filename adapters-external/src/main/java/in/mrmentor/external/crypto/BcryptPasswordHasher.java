package in.mrmentor.external.crypto;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import in.mrmentor.identity.PasswordHash;
import in.mrmentor.identity.port.PasswordHasher;

/**
 * bcrypt ($2a$) through at.favre.lib:bcrypt. bcrypt reads at most 72 bytes; a longer secret (the policy
 * allows 128 characters, up to 512 UTF-8 bytes) is first reduced with SHA-512 instead of being
 * silently cut, so two long passwords sharing a 72-byte prefix stay different.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    public static final int PRODUCTION_COST = 10;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_SECRETS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LONG_SECRETS);
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LONG_SECRETS);

    public BcryptPasswordHasher() {
        this(PRODUCTION_COST);
    }

    /** @param cost log2 of the work; tests use the minimum (4) to stay fast */
    public BcryptPasswordHasher(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be " + BCrypt.MIN_COST + ".." + BCrypt.MAX_COST);
        }
        this.cost = cost;
    }

    @Override
    public PasswordHash hash(String secret) {
        return new PasswordHash(hasher.hashToString(cost, secret.toCharArray()));
    }

    @Override
    public boolean matches(String secret, PasswordHash hash) {
        try {
            return verifyer.verify(secret.toCharArray(), hash.value()).verified;
        } catch (IllegalArgumentException e) {
            // A malformed stored hash matches nothing; it must not turn a sign-in into a 500.
            return false;
        }
    }

    @Override
    public String toString() {
        return "BcryptPasswordHasher[cost=" + cost + "]";
    }
}

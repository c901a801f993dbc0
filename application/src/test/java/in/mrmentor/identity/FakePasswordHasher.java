package in.mrmentor.identity;

import in.mrmentor.identity.port.PasswordHasher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stands in for bcrypt, which lives in an adapter module and costs milliseconds a hash: a salt-free
 * SHA-256 written in the letters a-p, so a stored hash never contains the digits of a code it hides.
 */
public final class FakePasswordHasher implements PasswordHasher {
    public static final String PREFIX = "$fake$";

    @Override
    public PasswordHash hash(String secret) {
        return new PasswordHash(PREFIX + letters(secret));
    }

    @Override
    public boolean matches(String secret, PasswordHash hash) {
        return hash.value().equals(PREFIX + letters(secret));
    }

    private static String letters(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            var text = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                text.append((char) ('a' + ((b >> 4) & 0xf))).append((char) ('a' + (b & 0xf)));
            }
            return text.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

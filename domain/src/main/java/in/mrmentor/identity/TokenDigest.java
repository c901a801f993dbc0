package in.mrmentor.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a high-entropy bearer secret (a refresh token): SHA-256 in hex. A fast, unsalted
 * hash is right here because the token has 256 random bits and must be looked up by its hash;
 * low-entropy secrets (passwords, 6-digit codes) go through the slow {@code PasswordHasher} instead.
 */
public final class TokenDigest {

    private TokenDigest() {
    }

    public static String sha256Hex(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares two secrets in time independent of where they differ. */
    public static boolean sameSecret(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256Hex(a).getBytes(StandardCharsets.US_ASCII),
                sha256Hex(b).getBytes(StandardCharsets.US_ASCII));
    }
}

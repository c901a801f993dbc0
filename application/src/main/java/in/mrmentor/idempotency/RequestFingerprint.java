package in.mrmentor.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What an {@code Idempotency-Key} promises to repeat: the method, the path and the body, the body
 * already in its canonical form (for JSON: sorted keys, no whitespace, as the edge decides), so a
 * retry that only reorders or reformats its JSON is the same request. Issue 11 item 5: the key used
 * to be scoped by path, so the same key on another path ran again instead of being refused.
 */
public record RequestFingerprint(String method, String path, byte[] canonicalBody) {
    public RequestFingerprint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(canonicalBody, "canonicalBody");
        method = method.toUpperCase(Locale.ROOT);
        // "/api/x/" and "/api/x" reach the same route.
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        canonicalBody = canonicalBody.clone();
    }

    /** The hex SHA-256 stored with the key; each part is length-prefixed so no two requests share a digest by concatenation. */
    public String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            part(sha256, method.getBytes(StandardCharsets.UTF_8));
            part(sha256, path.getBytes(StandardCharsets.UTF_8));
            part(sha256, canonicalBody);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void part(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestFingerprint that && method.equals(that.method) && path.equals(that.path)
                && Arrays.equals(canonicalBody, that.canonicalBody);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, Arrays.hashCode(canonicalBody));
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + canonicalBody.length + " bytes)";
    }
}

package in.mrmentor.external.hiring;

import in.mrmentor.hiring.HiringErrors;
import in.mrmentor.hiring.port.QuizLinks;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Quiz tokens: base64url of the invitation id and expiry (24 bytes), a dot, and base64url of their
 * HMAC-SHA256 with {@code QUIZ_TOKEN_SECRET}. Without a secret, issuing is 503 INTEGRATION_NOT_CONFIGURED
 * and no token reads. Only the canonical spelling reads: base64url leaves spare bits in the last
 * character (and tolerates padding), and one token must have one spelling.
 */
public final class HmacQuizLinks implements QuizLinks {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Optional<byte[]> secret;

    public HmacQuizLinks(Optional<String> secret) {
        this.secret = secret.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String issue(UUID invitationId, Instant expiresAt) {
        byte[] key = secret.orElseThrow(() -> HiringErrors.notConfigured("Quiz links (QUIZ_TOKEN_SECRET)"));
        byte[] claims = ByteBuffer.allocate(24).putLong(invitationId.getMostSignificantBits())
                .putLong(invitationId.getLeastSignificantBits()).putLong(expiresAt.getEpochSecond()).array();
        return ENCODER.encodeToString(claims) + "." + ENCODER.encodeToString(hmac(key, claims));
    }

    @Override
    public Optional<Claims> read(String token) {
        if (secret.isEmpty() || token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] claims = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (claims.length != 24 || !MessageDigest.isEqual(hmac(secret.get(), claims), signature)
                    || !token.equals(ENCODER.encodeToString(claims) + "." + ENCODER.encodeToString(signature))) {
                return Optional.empty();
            }
            var buffer = ByteBuffer.wrap(claims);
            return Optional.of(new Claims(new UUID(buffer.getLong(), buffer.getLong()),
                    Instant.ofEpochSecond(buffer.getLong())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "HmacQuizLinks[secret=" + (secret.isPresent() ? "********" : "unset") + "]";
    }
}

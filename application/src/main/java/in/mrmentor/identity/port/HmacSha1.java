package in.mrmentor.identity.port;

/**
 * HMAC-SHA1 (RFC 2104), the primitive under TOTP. A port because it lives in {@code javax.crypto},
 * which neither the domain nor the application may import; the TOTP rules around it stay in the domain.
 */
@FunctionalInterface
public interface HmacSha1 {

    /** The 20-byte MAC of {@code message} under {@code key}. */
    byte[] sign(byte[] key, byte[] message);
}

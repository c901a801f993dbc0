package in.mrmentor.lead.port;

/**
 * The secrets of vendor keys: fresh random key material, and HMAC-SHA256 under the configured
 * pepper ({@code VENDOR_API_KEY_PEPPER}), which never leaves configuration.
 */
public interface VendorKeyCrypto {

    /** {@code bytes} random bytes as base64url without padding. */
    String randomToken(int bytes);

    /** HMAC-SHA256(pepper, key); {@code INTEGRATION_NOT_CONFIGURED} when no pepper is set. */
    byte[] digest(String key);
}

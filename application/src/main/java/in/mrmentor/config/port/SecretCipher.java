package in.mrmentor.config.port;

/**
 * Seals secret values before they are stored and opens them for the code that needs them.
 * Sealing is authenticated: a tampered or foreign ciphertext fails to open instead of yielding garbage.
 */
public interface SecretCipher {

    String seal(String plaintext);

    /** @throws in.mrmentor.shared.DomainException {@code SECRET_UNREADABLE} when the value cannot be opened with this key */
    String open(String sealed);
}

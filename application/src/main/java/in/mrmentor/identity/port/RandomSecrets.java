package in.mrmentor.identity.port;

/** Unpredictable values from a cryptographically secure source; a port so tests can predict them. */
public interface RandomSecrets {

    /** An opaque refresh token with at least 256 random bits, URL-safe. */
    String refreshToken();

    /** A uniformly random 6-digit code, leading zeros kept. */
    String oneTimeCode();
}

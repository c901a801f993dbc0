package in.mrmentor.identity.port;

import in.mrmentor.identity.PasswordHash;

/**
 * A slow, salted, well-kept password hash (bcrypt in production). Also used for one-time codes,
 * whose million possible values a fast hash would give away at once.
 */
public interface PasswordHasher {

    PasswordHash hash(String secret);

    /** True when {@code secret} is what was hashed; takes about as long whatever the answer. */
    boolean matches(String secret, PasswordHash hash);
}

package in.mrmentor.hiring.port;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Signed quiz links (HMAC-SHA256 with {@code QUIZ_TOKEN_SECRET}) carrying the invitation and its expiry. */
public interface QuizLinks {

    /** What a valid token says. */
    record Claims(UUID invitationId, Instant expiresAt) {
    }

    /** A new token for the invitation. */
    String issue(UUID invitationId, Instant expiresAt);

    /** The claims of a token whose signature holds; empty for anything else. */
    Optional<Claims> read(String token);

    /** What is stored of a token: a digest, so the database never holds a usable link. */
    String digest(String token);
}

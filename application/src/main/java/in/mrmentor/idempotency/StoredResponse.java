package in.mrmentor.idempotency;

import java.util.Objects;

/** The answer a request got, kept so a retry with the same key receives it again byte for byte. */
public record StoredResponse(int status, String body) {
    public StoredResponse {
        Objects.requireNonNull(body, "body");
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("only successful answers are kept, not " + status);
        }
    }
}

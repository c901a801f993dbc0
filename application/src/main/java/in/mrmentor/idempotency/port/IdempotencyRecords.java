package in.mrmentor.idempotency.port;

import in.mrmentor.idempotency.StoredResponse;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code idempotency_keys} rows: one per scope and key, with the fingerprint of the request that
 * first used the key and the answer it got. The scope is the caller alone (never the path), so one
 * caller's key names one request wherever it is sent.
 */
public interface IdempotencyRecords {

    record Earlier(String requestHash, StoredResponse response) {
        public Earlier {
            Objects.requireNonNull(requestHash, "requestHash");
            Objects.requireNonNull(response, "response");
        }
    }

    /**
     * Claims the key for the current unit of work, or returns the completed request that holds it.
     * A row created before {@code expiredBefore} no longer counts and is taken over. While another
     * unit of work holds an uncommitted claim on the same key, this call waits for it to end.
     */
    Optional<Earlier> claim(String scope, String key, String requestHash, Instant now, Instant expiredBefore);

    /** Stores the answer of the request that claimed the key in this unit of work. */
    void complete(String scope, String key, StoredResponse response);
}

package in.mrmentor.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A job to enqueue. The payload is text (JSON by convention) so the port stays free of any JSON
 * library; the handler of the type parses it.
 *
 * @param runAt    not delivered before this instant; null means as soon as a worker is free
 * @param dedupKey while a job of the same type with this key is waiting, delayed or running, a
 *                 second enqueue is a no-op answering the existing job's id; null means no de-duplication
 */
public record NewJob(String type, String payload, Instant runAt, String dedupKey) {
    public static final int MAX_PAYLOAD_CHARS = 1_000_000;
    public static final int MAX_DEDUP_KEY_CHARS = 200;

    public NewJob {
        JobType.requireValid(type);
        Objects.requireNonNull(payload, "payload");
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            throw new IllegalArgumentException("payload must be at most " + MAX_PAYLOAD_CHARS + " characters");
        }
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > MAX_DEDUP_KEY_CHARS)) {
            throw new IllegalArgumentException("dedupKey must be non-blank and at most " + MAX_DEDUP_KEY_CHARS + " characters");
        }
    }

    public static NewJob of(String type, String payload) {
        return new NewJob(type, payload, null, null);
    }

    public NewJob runAt(Instant when) {
        return new NewJob(type, payload, Objects.requireNonNull(when, "when"), dedupKey);
    }

    public NewJob dedupedBy(String key) {
        return new NewJob(type, payload, runAt, Objects.requireNonNull(key, "key"));
    }

    public Optional<Instant> runAtIfSet() {
        return Optional.ofNullable(runAt);
    }

    public Optional<String> dedupKeyIfSet() {
        return Optional.ofNullable(dedupKey);
    }
}

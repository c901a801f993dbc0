package in.mrmentor.idempotency;

import in.mrmentor.idempotency.port.IdempotencyRecords;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * API.md "Idempotency" for every POST that moves tokens or money, in one place. The key is claimed
 * and the work done in one unit of work, and the answer is stored in the same unit:
 * <ul>
 *   <li>same key, same request within {@link #RETENTION}: the stored answer is replayed, nothing runs again;</li>
 *   <li>same caller and key, different method, path or body: 422 {@code IDEMPOTENCY_KEY_REUSED}
 *       ({@link RequestFingerprint});</li>
 *   <li>a duplicate arriving while the first is still running waits for it (PostgreSQL blocks on the
 *       key's unique index until the first commits) and then replays its answer, or refuses it when it
 *       is a different request; if the first failed, the duplicate runs instead.</li>
 * </ul>
 * Only successful answers are stored: a refusal (402, 409, ...) rolls the claim back with everything
 * else, so the client may retry the same key once the cause is fixed.
 */
public final class IdempotentRequests {
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /** Whether the answer was produced now or replayed from the first request with this key. */
    public sealed interface Outcome permits Executed, Replayed {
        StoredResponse response();

        /** True when the answer is the stored one of an earlier request with the same key. */
        boolean replayed();
    }

    public record Executed(StoredResponse response) implements Outcome {
        @Override
        public boolean replayed() {
            return false;
        }
    }

    public record Replayed(StoredResponse response) implements Outcome {
        @Override
        public boolean replayed() {
            return true;
        }
    }

    /**
     * @param caller      whose key it is (the user; for public routes nobody): keys never collide across callers
     * @param fingerprint the method, path and canonical body the key was first used for
     */
    public record Request(String caller, String key, RequestFingerprint fingerprint) {
        public Request {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(fingerprint, "fingerprint");
            new Validation().require(key != null && KEY.matcher(key).matches(), "Idempotency-Key",
                    "must be 1 to 255 visible ASCII characters").orThrow();
        }
    }

    private final IdempotencyRecords records;
    private final Transactions transactions;
    private final Clock clock;

    public IdempotentRequests(IdempotencyRecords records, Transactions transactions, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs {@code work} once per key; {@code request} null (no key sent) just runs it. */
    public Outcome run(Request request, Supplier<StoredResponse> work) {
        if (request == null) {
            return new Executed(work.get());
        }
        String fingerprint = request.fingerprint().digest();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            // The key is claimed per caller alone, so a second request with it waits for the first
            // (or finds it done) whatever its path, and is refused unless it is the same request.
            var earlier = records.claim(request.caller(), request.key(), fingerprint, now, now.minus(RETENTION));
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(fingerprint)) {
                    throw new DomainException(ErrorKind.UNPROCESSABLE, KEY_REUSED,
                            "This Idempotency-Key was used for a different request.");
                }
                return new Replayed(earlier.get().response());
            }
            StoredResponse response = work.get();
            records.complete(request.caller(), request.key(), response);
            return new Executed(response);
        });
    }
}

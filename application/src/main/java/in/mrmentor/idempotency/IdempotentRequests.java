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
 *   <li>same key, different request: 422 {@code IDEMPOTENCY_KEY_REUSED};</li>
 *   <li>a duplicate arriving while the first is still running waits for it (PostgreSQL blocks on the
 *       key's unique index until the first commits) and then replays its answer; if the first failed,
 *       the duplicate runs instead.</li>
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
     * @param scope       who is asking and where (e.g. user id, method and path): a key is only the caller's own
     * @param requestHash a digest of what was sent, to tell a retry from a different request
     */
    public record Request(String scope, String key, String requestHash) {
        public Request {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(requestHash, "requestHash");
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
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            var earlier = records.claim(request.scope(), request.key(), request.requestHash(), now,
                    now.minus(RETENTION));
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(request.requestHash())) {
                    throw new DomainException(ErrorKind.UNPROCESSABLE, KEY_REUSED,
                            "This Idempotency-Key was used for a different request.");
                }
                return new Replayed(earlier.get().response());
            }
            StoredResponse response = work.get();
            records.complete(request.scope(), request.key(), response);
            return new Executed(response);
        });
    }
}

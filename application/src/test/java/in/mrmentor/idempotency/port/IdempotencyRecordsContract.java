package in.mrmentor.idempotency.port;

import in.mrmentor.idempotency.StoredResponse;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link IdempotencyRecords} must do. */
public abstract class IdempotencyRecordsContract {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final StoredResponse CREATED = new StoredResponse(201, "{\"id\":1}");

    protected IdempotencyRecords records;
    protected Transactions transactions;

    protected abstract IdempotencyRecords newRecords();

    protected abstract Transactions transactionsFor(IdempotencyRecords records);

    @BeforeEach
    void freshStore() {
        records = newRecords();
        transactions = transactionsFor(records);
    }

    private void claimAndComplete(String scope, String key, String hash, Instant at) {
        transactions.run(() -> {
            assertThat(records.claim(scope, key, hash, at, at.minus(DAY))).isEmpty();
            records.complete(scope, key, CREATED);
        });
    }

    @Test
    void aNewKeyIsClaimedAndACompletedOneIsReturned() {
        claimAndComplete("user-1 POST /x", "k1", "hash-a", T0);

        var earlier = transactions.inTransaction(() -> records.claim("user-1 POST /x", "k1", "hash-b", T0, T0.minus(DAY)));

        assertThat(earlier).contains(new IdempotencyRecords.Earlier("hash-a", CREATED));
    }

    @Test
    void keysBelongToTheirScope() {
        claimAndComplete("user-1 POST /x", "k1", "hash-a", T0);

        assertThat(transactions.inTransaction(() -> records.claim("user-2 POST /x", "k1", "hash-a", T0, T0.minus(DAY))))
                .isEmpty();
    }

    @Test
    void anExpiredKeyIsTakenOver() {
        claimAndComplete("s", "k1", "hash-a", T0);
        Instant later = T0.plus(DAY).plusSeconds(1);

        assertThat(transactions.inTransaction(() -> records.claim("s", "k1", "hash-b", later, later.minus(DAY)))).isEmpty();
    }

    @Test
    void aClaimRolledBackWithItsUnitOfWorkLeavesTheKeyFree() {
        assertThatThrownBy(() -> transactions.run(() -> {
            records.claim("s", "k1", "hash-a", T0, T0.minus(DAY));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(transactions.inTransaction(() -> records.claim("s", "k1", "hash-a", T0, T0.minus(DAY)))).isEmpty();
    }
}

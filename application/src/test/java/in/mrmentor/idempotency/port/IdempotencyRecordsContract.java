package in.mrmentor.idempotency.port;

import in.mrmentor.idempotency.StoredResponse;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    @Test
    void racingClaimsOfOneKeyWithDifferentFingerprintsLetOneRunAndShowTheOthersItsFingerprint() throws Exception {
        int racers = 10;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<IdempotencyRecords.Earlier>>> claims = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String hash = "hash-" + i;
            claims.add(pool.submit(() -> {
                go.await();
                return transactions.inTransaction(() -> {
                    var earlier = records.claim("user-1", "k1", hash, T0, T0.minus(DAY));
                    if (earlier.isEmpty()) {
                        // Hold the claim a moment, so the others arrive while it is still uncommitted.
                        sleep(100);
                        records.complete("user-1", "k1", CREATED);
                    }
                    return earlier;
                });
            }));
        }
        go.countDown();
        List<Optional<IdempotencyRecords.Earlier>> results = new ArrayList<>();
        for (var claim : claims) {
            results.add(claim.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results.stream().filter(Optional::isEmpty)).as("exactly one claim wins").hasSize(1);
        var seen = results.stream().flatMap(Optional::stream).map(IdempotencyRecords.Earlier::requestHash).distinct()
                .toList();
        assertThat(seen).as("every loser sees the winner's fingerprint and answer").hasSize(1);
        assertThat(results.stream().flatMap(Optional::stream).map(IdempotencyRecords.Earlier::response))
                .hasSize(racers - 1).containsOnly(CREATED);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

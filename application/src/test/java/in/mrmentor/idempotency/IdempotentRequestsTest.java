package in.mrmentor.idempotency;

import in.mrmentor.idempotency.port.memory.InMemoryIdempotencyRecords;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API.md "Idempotency" (issue 11 item 5): a key names one request of its caller, whatever path it is sent to. */
class IdempotentRequestsTest {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryIdempotencyRecords records = transactions.enlist(new InMemoryIdempotencyRecords());
    private final IdempotentRequests requests = new IdempotentRequests(records, transactions, new MovableClock());
    private final AtomicInteger runs = new AtomicInteger();

    private static IdempotentRequests.Request request(String caller, String key, String method, String path, String body) {
        return new IdempotentRequests.Request(caller, key,
                new RequestFingerprint(method, path, body.getBytes(StandardCharsets.UTF_8)));
    }

    private IdempotentRequests.Outcome run(IdempotentRequests.Request request) {
        return requests.run(request, () -> new StoredResponse(200, "{\"run\":" + runs.incrementAndGet() + "}"));
    }

    private static void reused(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(IdempotentRequests.KEY_REUSED));
    }

    @Test
    void theSameRequestIsReplayedAndRunsOnce() {
        var first = run(request("u1", "K", "POST", "/api/slots/s1/book", ""));
        var again = run(request("u1", "K", "post", "/api/slots/s1/book/", ""));

        assertThat(first).isInstanceOf(IdempotentRequests.Executed.class);
        assertThat(again).isInstanceOf(IdempotentRequests.Replayed.class);
        assertThat(again.response()).isEqualTo(first.response());
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyOnAnotherPathWithAnotherMethodOrBodyIsRefusedAndRunsNothing() {
        run(request("u1", "K", "POST", "/api/slots/s1/book", ""));

        reused(() -> run(request("u1", "K", "POST", "/api/slots/s2/book", "")));
        reused(() -> run(request("u1", "K", "PUT", "/api/slots/s1/book", "")));
        reused(() -> run(request("u1", "K", "POST", "/api/slots/s1/book", "{\"a\":1}")));
        assertThat(runs).hasValue(1);
    }

    @Test
    void anotherCallersKeyIsTheirOwn() {
        run(request("u1", "K", "POST", "/api/slots/s1/book", ""));

        assertThat(run(request("u2", "K", "POST", "/api/slots/s2/book", "")))
                .isInstanceOf(IdempotentRequests.Executed.class);
        assertThat(runs).hasValue(2);
    }

    @Test
    void tenRacingRequestsOnTenPathsWithOneKeyRunOnceAndTheRestAreRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var request = request("u1", "K", "POST", "/api/slots/s" + i + "/book", "");
            answers.add(pool.submit(() -> {
                go.await();
                try {
                    return run(request).getClass().getSimpleName();
                } catch (DomainException e) {
                    return e.code();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (var answer : answers) {
            outcomes.add(answer.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce("Executed");
        assertThat(outcomes.stream().filter(IdempotentRequests.KEY_REUSED::equals)).hasSize(9);
        assertThat(runs).hasValue(1);
    }
}

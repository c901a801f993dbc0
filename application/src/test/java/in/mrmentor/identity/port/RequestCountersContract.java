package in.mrmentor.identity.port;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link RequestCounters} must do. */
public abstract class RequestCountersContract {
    private static final Instant WINDOW = Instant.parse("2026-11-23T10:00:00Z");

    protected RequestCounters counters;

    protected abstract RequestCounters newCounters();

    @BeforeEach
    void freshStore() {
        counters = newCounters();
    }

    @Test
    void eachRequestCountsOnceInItsKeyAndWindow() {
        assertThat(counters.countOne("a", WINDOW)).isEqualTo(1);
        assertThat(counters.countOne("a", WINDOW)).isEqualTo(2);
        assertThat(counters.countOne("b", WINDOW)).isEqualTo(1);
        assertThat(counters.countOne("a", WINDOW.plusSeconds(60))).isEqualTo(1);
    }

    @Test
    void concurrentRequestsEachGetTheirOwnTotal() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> totals = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Long> count = () -> {
                go.await();
                return counters.countOne("racer", WINDOW);
            };
            totals.add(pool.submit(count));
        }
        go.countDown();
        List<Long> seen = new ArrayList<>();
        for (var total : totals) {
            seen.add(total.get());
        }
        pool.shutdown();

        assertThat(seen).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads).boxed().toList());
    }

    @Test
    void purgingForgetsOnlyWindowsThatStartedBeforeTheCutoff() {
        counters.countOne("a", WINDOW);
        counters.countOne("b", WINDOW);
        counters.countOne("a", WINDOW.plusSeconds(60));

        assertThat(counters.purgeBefore(WINDOW.plusSeconds(60))).isEqualTo(2);

        assertThat(counters.countOne("a", WINDOW.plusSeconds(60))).isEqualTo(2);
        assertThat(counters.countOne("a", WINDOW)).isEqualTo(1);
    }
}

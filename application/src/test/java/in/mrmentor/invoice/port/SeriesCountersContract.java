package in.mrmentor.invoice.port;

import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link SeriesCounters} must do: consecutive numbers, never shared, none lost to a rollback. */
public abstract class SeriesCountersContract {
    protected static final FinancialYear FY_2627 = new FinancialYear(2026);

    protected SeriesCounters counters;
    protected Transactions transactions;

    protected abstract SeriesCounters newCounters();

    protected abstract Transactions transactionsFor(SeriesCounters counters);

    @BeforeEach
    void freshCounters() {
        counters = newCounters();
        transactions = transactionsFor(counters);
    }

    @Test
    void eachSeriesAndYearCountsFromOne() {
        assertThat(transactions.inTransaction(() -> counters.next("MAS101", FY_2627))).isEqualTo(1);
        assertThat(transactions.inTransaction(() -> counters.next("MAS101", FY_2627))).isEqualTo(2);
        assertThat(transactions.inTransaction(() -> counters.next("MAS101", new FinancialYear(2027)))).isEqualTo(1);
        assertThat(transactions.inTransaction(() -> counters.next("PAP", FY_2627))).isEqualTo(1);
        assertThat(counters.last("MAS101", FY_2627)).isEqualTo(2);
        assertThat(counters.last("DRO", FY_2627)).isZero();
        assertThat(counters.years()).containsExactly(FY_2627, new FinancialYear(2027));
    }

    @Test
    void aRolledBackUnitReturnsNothingBecauseItNeverTookANumber() {
        transactions.inTransaction(() -> counters.next("MAS101", FY_2627));
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            counters.next("MAS101", FY_2627);
            throw new IllegalStateException("the issue failed after taking its number");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> counters.next("MAS101", FY_2627))).isEqualTo(2);
    }

    @Test
    void thirtyTwoRacingIssuersGetConsecutiveNumbersWithNoGapAndNoDuplicate() throws Exception {
        int threads = 32;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Long> taken = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        boolean rollBack = (thread + i) % 7 == 0;
                        try {
                            long n = transactions.inTransaction(() -> {
                                long number = counters.next("MAS101", FY_2627);
                                if (rollBack) {
                                    throw new IllegalStateException("rolled back");
                                }
                                return number;
                            });
                            taken.add(n);
                        } catch (IllegalStateException expected) {
                            // a refused issue gives its number back by never committing it
                        }
                    }
                    return taken;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get(120, TimeUnit.SECONDS));
            }
            Collections.sort(all);
            assertThat(all).containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
            assertThat(counters.last("MAS101", FY_2627)).isEqualTo(all.size());
        } finally {
            pool.shutdownNow();
        }
    }
}

package in.mrmentor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Racing callers for the concurrency tests (ports' contracts, use cases, requests over HTTP): every
 * racer is a real thread, all released at once.
 */
public final class Race {
    private Race() {
    }

    /** Runs {@code call} on {@code racers} threads released at the same instant; the answers in racer order. */
    public static <T> List<T> of(int racers, Callable<T> call) throws Exception {
        return each(racers, racer -> call);
    }

    /** Runs racer {@code i}'s own call (say, with its own payload) on its thread; the answers in racer order. */
    public static <T> List<T> each(int racers, IntFunction<Callable<T>> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<T> call = racer.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                // A racer stuck on a lock fails the test instead of hanging the build.
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

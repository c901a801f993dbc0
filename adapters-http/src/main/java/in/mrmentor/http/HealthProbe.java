package in.mrmentor.http;

import in.mrmentor.shared.port.HealthCheck;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks every dependency at once and waits at most {@code timeout} for each, so one hung database
 * ping cannot make the load balancer's health probe itself time out.
 */
final class HealthProbe implements AutoCloseable {
    static final String UP = "UP";
    static final String DOWN = "DOWN";

    record Report(boolean up, Map<String, String> checks) {
        String status() {
            return up ? UP : DOWN;
        }
    }

    private final List<HealthCheck> checks;
    private final Duration timeout;
    private final ExecutorService executor;

    HealthProbe(List<HealthCheck> checks, Duration timeout) {
        this.checks = List.copyOf(checks);
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "health-check-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    Report run() {
        Map<String, CompletableFuture<Boolean>> pending = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            pending.put(check.name(), CompletableFuture.supplyAsync(check::isUp, executor)
                    .completeOnTimeout(false, timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> false));
        }
        Map<String, String> results = new LinkedHashMap<>();
        boolean allUp = true;
        for (var entry : pending.entrySet()) {
            boolean up = Boolean.TRUE.equals(entry.getValue().join());
            results.put(entry.getKey(), up ? UP : DOWN);
            allUp &= up;
        }
        return new Report(allUp, results);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

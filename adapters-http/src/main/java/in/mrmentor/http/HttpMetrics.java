package in.mrmentor.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Times every request by its route template ({@code /api/slots/{id}/book}, never the raw path), so the
 * number of series stays bounded however many ids clients send. The timer publishes fixed histogram buckets
 * ({@code http_server_requests_seconds_bucket}), so p95/p99 can be computed across instances; every
 * problem answered is counted by its stable {@code code}.
 */
final class HttpMetrics {
    static final String TIMER = "http.server.requests";
    static final String PROBLEMS = "http.server.problems";
    static final String UNMATCHED = "UNMATCHED";
    /** Fixed buckets (le) rather than Micrometer's ~70 per series: enough for p95/p99, bounded cardinality. */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30)};

    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String method, String routeTemplate, int status, long nanos, String problemCode) {
        Timer.builder(TIMER)
                .description("HTTP requests by route template")
                .tag("method", method)
                .tag("route", routeTemplate == null ? UNMATCHED : routeTemplate)
                .tag("status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (problemCode != null) {
            Counter.builder(PROBLEMS)
                    .description("Problem responses by their stable code")
                    .tag("code", problemCode)
                    .tag("status", Integer.toString(status))
                    .register(registry)
                    .increment();
        }
    }
}

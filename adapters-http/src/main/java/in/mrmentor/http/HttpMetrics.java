package in.mrmentor.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Times every request by its route template ({@code /api/slots/{id}/book}, never the raw path), so the
 * number of series stays bounded however many ids clients send. The timer publishes histogram buckets
 * ({@code http_server_requests_seconds_bucket}), so p95/p99 can be computed across instances; every
 * problem answered is counted by its stable {@code code}.
 */
final class HttpMetrics {
    static final String TIMER = "http.server.requests";
    static final String PROBLEMS = "http.server.problems";
    static final String UNMATCHED = "UNMATCHED";

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
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
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

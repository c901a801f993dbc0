package in.mrmentor.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/**
 * Times every request by its route template ({@code /api/slots/{id}/book}, never the raw path), so the
 * number of series stays bounded however many ids clients send.
 */
final class HttpMetrics {
    static final String TIMER = "http.server.requests";
    static final String UNMATCHED = "UNMATCHED";

    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String method, String routeTemplate, int status, long nanos) {
        Timer.builder(TIMER)
                .description("HTTP requests by route template")
                .tag("method", method)
                .tag("route", routeTemplate == null ? UNMATCHED : routeTemplate)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}

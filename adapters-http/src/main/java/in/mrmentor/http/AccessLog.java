package in.mrmentor.http;

import in.mrmentor.identity.Principal;
import in.mrmentor.shared.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One line per request: method, route template (never the raw path, which may carry ids or e-mails),
 * status, duration, request id (MDC), user id (never an e-mail or name), tenant and response bytes.
 * The key-value pairs become top-level fields in {@code LOG_FORMAT=json}. Successful health probes
 * are sampled (one in {@link #HEALTH_SAMPLE}), so a load balancer polling every second does not drown
 * the log; a failing probe is always logged.
 */
final class AccessLog {
    static final String LOGGER = "mas.access";
    static final int HEALTH_SAMPLE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final AtomicLong healthProbes = new AtomicLong();

    void log(String method, String route, int status, long nanos, Principal principal, Platform tenant, long bytes) {
        if (OperationsRoutes.HEALTH.equals(route) && status < 400
                && healthProbes.getAndIncrement() % HEALTH_SAMPLE != 0) {
            return;
        }
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String template = route == null ? HttpMetrics.UNMATCHED : route;
        long millis = nanos / 1_000_000;
        String user = principal == null ? "-" : principal.userId().toString();
        String platform = tenant == null ? "-" : tenant.headerValue();
        LOG.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("route", template)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", millis)
                .addKeyValue("user", user)
                .addKeyValue("tenant", platform)
                .addKeyValue("bytes", bytes)
                .log("{} {} {} {}ms {}B user={} tenant={}", method, template, status, millis, bytes < 0 ? "-" : bytes,
                        user, platform);
    }
}

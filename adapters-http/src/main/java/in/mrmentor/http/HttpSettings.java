package in.mrmentor.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server listens and what it lets through. Bootstrap builds this from the environment
 * and validates production rules (no {@code *} origin, a metrics token of decent length) before here.
 *
 * @param port             0 binds any free port (tests read it back from {@link HttpServer#port()})
 * @param metricsToken     a bearer token that may read {@code /metrics} without a user; null disables it
 * @param shutdownTimeout  how long {@link HttpServer#stop()} waits for in-flight requests
 */
public record HttpSettings(String host, int port, List<String> corsAllowedOrigins, long maxRequestBytes,
                           String metricsToken, Duration shutdownTimeout) {

    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);

    public HttpSettings {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        corsAllowedOrigins = List.copyOf(Objects.requireNonNullElse(corsAllowedOrigins, List.of()));
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive");
        }
        metricsToken = metricsToken == null || metricsToken.isBlank() ? null : metricsToken;
        shutdownTimeout = Objects.requireNonNullElse(shutdownTimeout, DEFAULT_SHUTDOWN_TIMEOUT);
        if (shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("shutdownTimeout must not be negative");
        }
    }

    /** Defaults for everything but the port: no CORS origins, 1 MiB bodies, no metrics token. */
    public static HttpSettings onPort(int port) {
        return new HttpSettings(DEFAULT_HOST, port, List.of(), DEFAULT_MAX_REQUEST_BYTES, null, DEFAULT_SHUTDOWN_TIMEOUT);
    }

    public HttpSettings withCorsAllowedOrigins(List<String> origins) {
        return new HttpSettings(host, port, origins, maxRequestBytes, metricsToken, shutdownTimeout);
    }

    public HttpSettings withMaxRequestBytes(long bytes) {
        return new HttpSettings(host, port, corsAllowedOrigins, bytes, metricsToken, shutdownTimeout);
    }

    public HttpSettings withMetricsToken(String token) {
        return new HttpSettings(host, port, corsAllowedOrigins, maxRequestBytes, token, shutdownTimeout);
    }

    public HttpSettings withShutdownTimeout(Duration timeout) {
        return new HttpSettings(host, port, corsAllowedOrigins, maxRequestBytes, metricsToken, timeout);
    }

    @Override
    public String toString() {
        return "HttpSettings[host=" + host + ", port=" + port + ", corsAllowedOrigins=" + corsAllowedOrigins
                + ", maxRequestBytes=" + maxRequestBytes + ", metricsToken=" + (metricsToken == null ? "unset" : "********")
                + ", shutdownTimeout=" + shutdownTimeout + "]";
    }
}

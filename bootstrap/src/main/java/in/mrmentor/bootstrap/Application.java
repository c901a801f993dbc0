package in.mrmentor.bootstrap;

import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import in.mrmentor.http.HttpServer;
import in.mrmentor.http.HttpSettings;
import in.mrmentor.http.ProcessMetrics;
import in.mrmentor.http.auth.Authenticator;
import in.mrmentor.http.auth.JwtAccessTokens;
import in.mrmentor.http.config.SystemConfigRoutes;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The running service: the {@link Backend} behind an HTTP server. {@link #close()} is the graceful
 * stop SIGTERM triggers: the server stops taking requests and lets in-flight ones finish, then the
 * pool closes, then the embedded database (if any) shuts down cleanly.
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Backend backend;
    private final HttpServer http;
    private final AutoCloseable processMetrics;
    private final JwtAccessTokens accessTokens;
    private boolean closed;

    private Application(Backend backend, HttpServer http, AutoCloseable processMetrics, JwtAccessTokens accessTokens) {
        this.backend = backend;
        this.http = http;
        this.processMetrics = processMetrics;
        this.accessTokens = accessTokens;
    }

    public static Application start(Settings settings) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AutoCloseable processMetrics = ProcessMetrics.bindTo(registry);
        Backend backend = Backend.open(settings, settings.migrateOnStart(), new MicrometerMetricsTrackerFactory(registry));
        try {
            JwtAccessTokens accessTokens = new JwtAccessTokens(settings.jwtSecret().value(),
                    settings.accessTokenLifetime(), backend.clock());
            HttpSettings httpSettings = new HttpSettings(settings.host(), settings.port(), settings.corsAllowedOrigins(),
                    HttpSettings.DEFAULT_MAX_REQUEST_BYTES, settings.metricsToken().map(Secret::value).orElse(null), settings.shutdownTimeout());
            HttpServer http = HttpServer.create(httpSettings, Authenticator.trusting(accessTokens), registry,
                    List.of(new DatabaseHealth(backend.runtime().database())),
                    List.of(new SystemConfigRoutes(backend.readPublicConfig, backend.listConfigs, backend.upsertConfig,
                            backend.updateConfig, backend.deleteConfig, settings.flags())));
            http.start();
            LOG.info("MAS is serving on port {} ({} mode, {} database)", http.port(),
                    settings.production() ? "production" : "development",
                    backend.runtime().embedded() ? "embedded" : "external");
            return new Application(backend, http, processMetrics, accessTokens);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    public Backend backend() {
        return backend;
    }

    /** The token issuer this instance trusts; tests and operators' tooling mint tokens with it. */
    public JwtAccessTokens accessTokens() {
        return accessTokens;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping: finishing in-flight requests");
        try {
            http.stop();
        } finally {
            try {
                backend.close();
            } finally {
                try {
                    processMetrics.close();
                } catch (Exception e) {
                    LOG.warn("Could not unbind JVM metrics: {}", e.toString());
                }
                LOG.info("Stopped");
            }
        }
    }
}

package in.mrmentor.bootstrap;

import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import in.mrmentor.config.FeatureFlag;
import in.mrmentor.http.HttpServer;
import in.mrmentor.http.HttpSettings;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.ProcessMetrics;
import in.mrmentor.http.auth.Authenticator;
import in.mrmentor.http.config.SystemConfigRoutes;
import in.mrmentor.http.identity.IdentityRoutes;
import in.mrmentor.http.jobs.QueueRoutes;
import in.mrmentor.http.mail.OutboxRoutes;
import in.mrmentor.http.slot.MeetingEventRoutes;
import in.mrmentor.identity.EnsureBootstrapAdmin;
import in.mrmentor.shared.DomainException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
    private boolean closed;

    private Application(Backend backend, HttpServer http, AutoCloseable processMetrics) {
        this.backend = backend;
        this.http = http;
        this.processMetrics = processMetrics;
    }

    public static Application start(Settings settings) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AutoCloseable processMetrics = ProcessMetrics.bindTo(registry);
        Backend backend = Backend.open(settings, settings.migrateOnStart(), new MicrometerMetricsTrackerFactory(registry));
        try {
            ensureBootstrapAdmin(settings, backend);
            seedWhenAsked(settings, backend);
            HttpSettings httpSettings = new HttpSettings(settings.host(), settings.port(), settings.corsAllowedOrigins(),
                    HttpSettings.DEFAULT_MAX_REQUEST_BYTES, settings.metricsToken().map(Secret::value).orElse(null), settings.shutdownTimeout());
            var identity = backend.identity;
            HttpServer http = HttpServer.create(httpSettings, authenticator(identity), registry,
                    backend.healthChecks(),
                    Stream.of(List.of(new SystemConfigRoutes(backend.readPublicConfig, backend.listConfigs,
                                            backend.upsertConfig, backend.updateConfig, backend.deleteConfig,
                                            settings.flags()),
                                    new IdentityRoutes(new IdentityRoutes.UseCases(identity.signUp, identity.logIn,
                                            identity.refreshSession, identity.logOut, identity.showCurrentUser,
                                            identity.changePassword, identity.requestOtp, identity.verifyOtp,
                                            identity.masterLogin, identity.createUser, identity.listUsers)),
                                    new OutboxRoutes(backend.outbox),
                                    backend.tokens.routes()),
                            backend.slots.routes(),
                            List.of(new MeetingEventRoutes(backend.slots.receiveMeetingEvent),
                                    new QueueRoutes(backend.queueAdministration)))
                            .<RouteGroup>flatMap(List::stream).toList());
            Workers.register(backend, registry);
            backend.jobWorkers.start();
            try {
                http.start();
            } catch (IllegalStateException cannotListen) {
                backend.jobWorkers.stop(java.time.Duration.ZERO);
                throw new StartupFailure(cannotListen.getMessage(), cannotListen);
            }
            LOG.info("MAS is serving on port {} ({} mode, {} database)", http.port(),
                    settings.production() ? "production" : "development",
                    backend.runtime().embedded() ? "embedded" : "external");
            return new Application(backend, http, processMetrics);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** Seed behaviour: ADMIN_EMAIL / ADMIN_PASSWORD create a SUPERADMIN at first start; later starts leave it alone. */
    private static void ensureBootstrapAdmin(Settings settings, Backend backend) {
        var outcome = backend.identity.ensureBootstrapAdmin.ensure(new EnsureBootstrapAdmin.Command(
                settings.adminEmail().orElse(null), settings.adminPassword().map(Secret::value).orElse(null), null));
        if (outcome instanceof EnsureBootstrapAdmin.Created created) {
            LOG.info("Created the bootstrap SUPERADMIN {}", created.admin().email());
        } else if (!(outcome instanceof EnsureBootstrapAdmin.AlreadyPresent
                || outcome instanceof EnsureBootstrapAdmin.NotConfigured)) {
            throw new IllegalStateException("no handling for bootstrap admin outcome " + outcome);
        }
    }

    /** ENABLE_SEEDING=true (default off) seeds the demo data at start; production refuses it. */
    private static void seedWhenAsked(Settings settings, Backend backend) {
        if (settings.flags().isOn(FeatureFlag.SEEDING)) {
            var report = new DemoSeed(backend).run();
            LOG.info(report.created() ? "Seeded the demo data ({} logins, see mas seed --demo)"
                    : "Demo data already present ({} logins)", report.logins().size());
        }
    }

    /** Access tokens must verify and belong to a live user whose password has not changed since they were issued. */
    private static Authenticator authenticator(IdentityWiring identity) {
        return token -> {
            try {
                return Optional.of(identity.authenticate.authenticate(token));
            } catch (DomainException refused) {
                return Optional.empty();
            }
        };
    }

    private void unbindProcessMetrics() {
        try {
            processMetrics.close();
        } catch (Exception e) {
            LOG.warn("Could not unbind JVM metrics: {}", e.toString());
        }
    }

    public int port() {
        return http.port();
    }

    /** Every route this instance serves, as declared (roles included). */
    public List<Route> routes() {
        return http.routes();
    }

    public Backend backend() {
        return backend;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping: finishing in-flight requests");
        // Each step runs even if an earlier one failed, in this order: no new requests, no new jobs,
        // then the pool and the embedded database, so nothing in flight loses its connection. A failed
        // step is logged, not thrown: the process is going away and the remaining steps matter more.
        for (Runnable step : List.<Runnable>of(http::stop,
                () -> backend.jobWorkers.stop(backend.settings().shutdownTimeout()),
                backend::close,
                this::unbindProcessMetrics)) {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.warn("A shutdown step failed: {}", e.toString());
            }
        }
        LOG.info("Stopped");
    }
}

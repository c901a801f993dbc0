package in.mrmentor.bootstrap;

import in.mrmentor.bootstrap.config.ConfigModule;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.bootstrap.jobs.JobsModule;
import in.mrmentor.bootstrap.kpi.KpiModule;
import in.mrmentor.bootstrap.mail.MailModule;
import in.mrmentor.bootstrap.notification.NotificationModule;
import in.mrmentor.bootstrap.platform.BoundedStop;
import in.mrmentor.bootstrap.platform.StartupFailure;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.slot.SlotModule;
import in.mrmentor.bootstrap.tenant.TenantModule;
import in.mrmentor.bootstrap.token.TokenModule;
import in.mrmentor.http.HttpServer;
import in.mrmentor.http.HttpSettings;
import in.mrmentor.http.ProcessMetrics;
import in.mrmentor.http.Route;
import in.mrmentor.shared.port.HealthCheck;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The running service: the {@link Platform}, the context modules on it and an HTTP server in front.
 * {@link #close()} is the graceful stop SIGTERM triggers: the server stops taking requests and lets
 * in-flight ones finish, then the workers stop, then the pool closes, then the embedded database
 * (if any) shuts down cleanly.
 */
public final class MasServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MasServer.class);

    private final Platform platform;
    private final ContextModules modules;
    private final HttpServer http;
    private final AutoCloseable processMetrics;
    private boolean closed;

    private MasServer(Platform platform, ContextModules modules, HttpServer http, AutoCloseable processMetrics) {
        this.platform = platform;
        this.modules = modules;
        this.http = http;
        this.processMetrics = processMetrics;
    }

    /**
     * Every context of the backend, each after the modules it uses. A new context is one line here;
     * its routes, jobs, seed and health checks are then picked up by the loops of {@link #start}.
     */
    public static ContextModules modules(Platform platform) {
        ContextModules modules = new ContextModules();
        modules.add(new ConfigModule(platform));
        // Signing up opens the user's wallets (and the starter bundle) in the same transaction.
        TokenModule tokens = modules.add(new TokenModule(platform));
        IdentityModule identity = modules.add(new IdentityModule(platform, tokens.newUserHook()));
        modules.add(new SlotModule(platform, tokens, identity));
        modules.add(new MailModule(platform));
        modules.add(new NotificationModule(platform));
        modules.add(new TenantModule(platform));
        modules.add(new KpiModule(platform, identity));
        modules.add(new JobsModule(platform, modules));
        return modules;
    }

    public static MasServer start(Settings settings) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AutoCloseable processMetrics = ProcessMetrics.bindTo(registry);
        Platform platform = Platform.open(settings, settings.migrateOnStart(), registry);
        try {
            ContextModules modules = modules(platform);
            modules.inOrder().forEach(ContextModule::seed);
            HttpSettings httpSettings = new HttpSettings(settings.host(), settings.port(), settings.corsAllowedOrigins(),
                    HttpSettings.DEFAULT_MAX_REQUEST_BYTES, settings.metricsToken().map(Secret::value).orElse(null),
                    settings.shutdownTimeout());
            HttpServer http = HttpServer.create(httpSettings, modules.get(IdentityModule.class).authenticator(), registry,
                    healthChecks(platform, modules), modules.routes());
            modules.inOrder().forEach(module -> module.jobs(platform.jobWorkers()));
            // The only place the workers start and stop: here, on a failed listen, and in close().
            platform.jobWorkers().start();
            try {
                http.start();
            } catch (IllegalStateException cannotListen) {
                platform.jobWorkers().stop(Duration.ZERO);
                throw new StartupFailure(cannotListen.getMessage(), cannotListen);
            }
            LOG.info("MAS is serving on port {} ({} mode, {} database)", http.port(),
                    settings.production() ? "production" : "development",
                    platform.runtime().embedded() ? "embedded" : "external");
            return new MasServer(platform, modules, http, processMetrics);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private static List<HealthCheck> healthChecks(Platform platform, ContextModules modules) {
        List<HealthCheck> checks = new ArrayList<>(platform.healthChecks());
        modules.inOrder().forEach(module -> checks.addAll(module.health()));
        return checks;
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

    public Platform platform() {
        return platform;
    }

    /** The module of that type, to drive its use cases directly (tests set up data this way). */
    public <T extends ContextModule> T module(Class<T> type) {
        return modules.get(type);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping: finishing in-flight requests and running jobs");
        // No new requests and no new jobs, both drained at once within the shutdown timeout; then the
        // pool and the embedded database, so nothing in flight loses its connection. Every step has
        // a deadline, so a dependency that is down cannot hold the process (see BoundedStop).
        BoundedStop.run(platform.settings().shutdownTimeout(),
                List.of(BoundedStop.Step.of("http", http::stop),
                        new BoundedStop.Step("job workers", platform.jobWorkers()::stop)),
                List.of(BoundedStop.Step.of("platform", platform::close),
                        BoundedStop.Step.of("jvm metrics", this::unbindProcessMetrics)));
        LOG.info("Stopped");
    }
}

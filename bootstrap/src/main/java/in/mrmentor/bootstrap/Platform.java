package in.mrmentor.bootstrap;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.bootstrap.platform.DatabaseHealth;
import in.mrmentor.bootstrap.platform.DatabaseRuntime;
import in.mrmentor.bootstrap.platform.MicrosecondClock;
import in.mrmentor.external.blob.FilesystemBlobStore;
import in.mrmentor.external.blob.S3BlobStore;
import in.mrmentor.http.auth.JwtAccessTokens;
import in.mrmentor.idempotency.IdempotentRequests;
import in.mrmentor.jobs.port.JobQueue;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.jobs.port.QueueAdministration;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.QueuedMailer;
import in.mrmentor.mail.BrandedMailer;
import in.mrmentor.mail.RenderMail;
import in.mrmentor.http.TenantOfRequest;
import in.mrmentor.persistence.tenant.JdbiTenants;
import in.mrmentor.tenant.Tenant;
import in.mrmentor.tenant.TenantRegistry;
import in.mrmentor.mail.TemplatedMailer;
import in.mrmentor.external.mail.MustacheTemplateEngine;
import in.mrmentor.persistence.mail.JdbiTemplateOverrides;
import in.mrmentor.notification.Notifier;
import in.mrmentor.notification.StoredNotifier;
import in.mrmentor.persistence.notification.JdbiNotifications;
import in.mrmentor.messaging.JobQueueAdapter;
import in.mrmentor.messaging.JobQueueSettings;
import in.mrmentor.messaging.mail.JobQueueDeliveryQueue;
import in.mrmentor.messaging.postgres.PostgresJobQueue;
import in.mrmentor.messaging.redis.RedisStreamsJobQueue;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.idempotency.JdbiIdempotencyRecords;
import in.mrmentor.persistence.mail.JdbiOutboxStore;
import in.mrmentor.shared.port.HealthCheck;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What every context stands on: the database runtime, the clock, ids, transactions, the job queue,
 * the blob store, the mailer and its outbox, idempotent requests and access tokens. Each piece is
 * picked from {@link Settings} (PostgreSQL or Redis jobs, filesystem or S3 blobs); the contexts'
 * modules take what they need from here. The HTTP server and the CLI both stand on it.
 */
public final class Platform implements AutoCloseable {
    private final Settings settings;
    private final DatabaseRuntime runtime;
    private final MeterRegistry metrics;
    private final Clock clock = new MicrosecondClock();
    private final Ids ids = Ids.random();
    private final Transactions transactions;
    private final JobQueue jobQueue;
    private final JobWorkers jobWorkers;
    private final QueueAdministration queueAdministration;
    private final BlobStore blobStore;
    private final JdbiOutboxStore outbox;
    private final JobQueueDeliveryQueue mailDeliveries;
    private final Mailer mailer;
    private final JdbiTemplateOverrides templateOverrides;
    private final TenantRegistry tenants;
    private final MustacheTemplateEngine templateEngine = new MustacheTemplateEngine();
    private final JdbiNotifications notifications;
    private final Notifier notifier;
    private final IdempotentRequests idempotentRequests;
    private final JwtAccessTokens accessTokens;

    private Platform(Settings settings, DatabaseRuntime runtime, MeterRegistry metrics) {
        this.settings = settings;
        this.runtime = runtime;
        this.metrics = metrics;
        var jdbi = jdbi();
        this.transactions = new JdbiTransactions(jdbi);
        var platform = settings.platform();
        var queueSettings = new JobQueueSettings(Duration.ofSeconds(1), platform.jobVisibilityTimeout(),
                Duration.ofSeconds(10), Duration.ofHours(1));
        JobQueueAdapter queue = platform.redisUrl()
                .<JobQueueAdapter>map(url -> new RedisStreamsJobQueue(url.value(), "mas:jobs", queueSettings, clock, ids))
                .orElseGet(() -> new PostgresJobQueue(jdbi, queueSettings, clock, ids));
        this.jobQueue = queue;
        this.jobWorkers = queue.workers();
        this.queueAdministration = queue;
        this.blobStore = platform.s3().<BlobStore>map(S3BlobStore::new)
                .orElseGet(() -> new FilesystemBlobStore(settings.dataDirectory().resolve("blobs")));
        // Every mail is stored with the change that caused it and delivered by an `email` job (retried
        // with backoff, dead-lettered with its error); the mail module runs those jobs.
        this.outbox = new JdbiOutboxStore(jdbi, clock, ids);
        this.mailDeliveries = new JobQueueDeliveryQueue(jobQueue);
        // A defined mail is rendered from an admin's override when there is one (read at each send).
        this.templateOverrides = new JdbiTemplateOverrides(jdbi);
        // Every mail carries the sender of the tenant it was written for (the request's x-platform).
        this.tenants = new TenantRegistry(new JdbiTenants(jdbi), code -> new Tenant(code, "Mr. Mentor",
                "https://mrmentor.in", "noreply@mrmentor.in"));
        this.mailer = new TemplatedMailer(new BrandedMailer(new QueuedMailer(outbox, mailDeliveries, transactions),
                tenants, new TenantOfRequest()), new RenderMail(templateOverrides, templateEngine));
        // Like mail, every context tells users of its changes, in the transaction of the change.
        this.notifications = new JdbiNotifications(jdbi);
        this.notifier = new StoredNotifier(notifications, clock, ids);
        this.idempotentRequests = new IdempotentRequests(new JdbiIdempotencyRecords(jdbi), transactions, clock);
        this.accessTokens = new JwtAccessTokens(settings.jwtSecret().value(),
                settings.identity().accessTokenLifetime(), clock);
    }

    /**
     * Opens the database for a serving process, its pool reporting to {@code metrics}.
     *
     * @param migrate apply pending migrations first (the CLI's read-only commands still need the schema)
     */
    public static Platform open(Settings settings, boolean migrate, MeterRegistry metrics) {
        return open(settings, migrate, metrics, new MicrometerMetricsTrackerFactory(metrics));
    }

    /** Opens the database for an operator's command: nothing scrapes its metrics, so the pool is not measured. */
    public static Platform open(Settings settings, boolean migrate) {
        return open(settings, migrate, new SimpleMeterRegistry(), null);
    }

    private static Platform open(Settings settings, boolean migrate, MeterRegistry metrics, MetricsTrackerFactory pool) {
        DatabaseRuntime runtime = DatabaseRuntime.open(settings, pool);
        try {
            if (migrate) {
                runtime.migrate();
            }
            return new Platform(settings, runtime, metrics);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    public Settings settings() {
        return settings;
    }

    public DatabaseRuntime runtime() {
        return runtime;
    }

    public Jdbi jdbi() {
        return runtime.database().jdbi();
    }

    public MeterRegistry metrics() {
        return metrics;
    }

    public Clock clock() {
        return clock;
    }

    public Ids ids() {
        return ids;
    }

    /** The unit of work every use case joins; a composite operation (the demo seed) wraps several in one. */
    public Transactions transactions() {
        return transactions;
    }

    /** Where use cases put jobs. */
    public JobQueue jobQueue() {
        return jobQueue;
    }

    /** This process's workers; only the server starts and stops them. */
    public JobWorkers jobWorkers() {
        return jobWorkers;
    }

    public QueueAdministration queueAdministration() {
        return queueAdministration;
    }

    public BlobStore blobStore() {
        return blobStore;
    }

    public JdbiOutboxStore outbox() {
        return outbox;
    }

    public JobQueueDeliveryQueue mailDeliveries() {
        return mailDeliveries;
    }

    public Mailer mailer() {
        return mailer;
    }

    /** The tenant registry (seed Platform), read once on first use. */
    public TenantRegistry tenants() {
        return tenants;
    }

    public JdbiTemplateOverrides templateOverrides() {
        return templateOverrides;
    }

    public MustacheTemplateEngine templateEngine() {
        return templateEngine;
    }

    public JdbiNotifications notifications() {
        return notifications;
    }

    /** Where every context puts in-app notifications, inside its own transaction. */
    public Notifier notifier() {
        return notifier;
    }

    public IdempotentRequests idempotentRequests() {
        return idempotentRequests;
    }

    public JwtAccessTokens accessTokens() {
        return accessTokens;
    }

    /** The dependencies {@code /api/health} reports for every process: database, queue and blob store. */
    public List<HealthCheck> healthChecks() {
        return List.of(new DatabaseHealth(runtime.database()), queueAdministration.healthCheck(), blobStore.healthCheck());
    }

    @Override
    public void close() {
        try {
            closeIfNeeded(jobQueue);
            closeIfNeeded(blobStore);
        } finally {
            runtime.close();
        }
    }

    private static void closeIfNeeded(Object component) {
        if (component instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Platform.class).warn("Could not close {}: {}", component.getClass().getSimpleName(), e.toString());
            }
        }
    }
}

package in.mrmentor.bootstrap;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import in.mrmentor.config.DeleteConfig;
import in.mrmentor.config.ListConfigs;
import in.mrmentor.config.ReadPublicConfig;
import in.mrmentor.config.SystemConfig;
import in.mrmentor.config.UpdateConfig;
import in.mrmentor.config.UpsertConfig;
import in.mrmentor.config.port.SecretCipher;
import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.http.auth.JwtAccessTokens;
import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.external.blob.BlobRecordingStorage;
import in.mrmentor.external.blob.FilesystemBlobStore;
import in.mrmentor.external.blob.S3BlobStore;
import in.mrmentor.jobs.port.JobQueue;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.jobs.port.QueueAdministration;
import in.mrmentor.messaging.JobQueueAdapter;
import in.mrmentor.messaging.JobQueueSettings;
import in.mrmentor.messaging.postgres.PostgresJobQueue;
import in.mrmentor.messaging.redis.RedisStreamsJobQueue;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.external.mail.OutboxOnlyMailTransport;
import in.mrmentor.external.mail.SmtpMailTransport;
import in.mrmentor.kpi.TakeKpiSnapshot;
import in.mrmentor.mail.CountOutboxByStatus;
import in.mrmentor.mail.DeliverEmail;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.QueuedMailer;
import in.mrmentor.mail.SweepOutbox;
import in.mrmentor.mail.port.MailTransport;
import in.mrmentor.messaging.mail.JobQueueDeliveryQueue;
import in.mrmentor.persistence.mail.JdbiOutboxStore;
import in.mrmentor.persistence.config.JdbiSystemConfigs;
import in.mrmentor.external.crypto.AesGcmSecretCipher;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.HealthCheck;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The composition root for everything behind the ports: the database, the repositories and the
 * use cases. The HTTP server and the CLI both stand on it; reading this class shows the wiring.
 */
public final class Backend implements AutoCloseable {
    private final Settings settings;
    private final DatabaseRuntime runtime;
    private final Clock clock = new MicrosecondClock();
    private final Ids ids = Ids.random();
    private final Transactions transactions;
    private final SystemConfigs systemConfigs;
    private final SecretCipher cipher;

    public final ReadPublicConfig readPublicConfig;
    public final ListConfigs listConfigs;
    public final UpsertConfig upsertConfig;
    public final UpdateConfig updateConfig;
    public final DeleteConfig deleteConfig;
    public final JwtAccessTokens accessTokens;
    public final JdbiOutboxStore outbox;
    public final JobQueueDeliveryQueue mailDeliveries;
    public final DeliverEmail deliverEmail;
    public final SweepOutbox sweepOutbox;
    public final TakeKpiSnapshot takeKpiSnapshot;
    public final IdentityWiring identity;
    public final TokenWiring tokens;
    public final SlotWiring slots;
    public final JobQueue jobQueue;
    public final JobWorkers jobWorkers;
    public final QueueAdministration queueAdministration;
    public final BlobStore blobStore;

    private Backend(Settings settings, DatabaseRuntime runtime) {
        this.settings = settings;
        this.runtime = runtime;
        var jdbi = runtime.database().jdbi();
        this.transactions = new JdbiTransactions(jdbi);
        this.systemConfigs = new JdbiSystemConfigs(jdbi);
        this.cipher = settings.encryptionKey()
                .<SecretCipher>map(key -> new AesGcmSecretCipher(key.value()))
                .orElseGet(UnavailableSecretCipher::new);

        this.readPublicConfig = new ReadPublicConfig(systemConfigs);
        this.listConfigs = new ListConfigs(systemConfigs);
        this.upsertConfig = new UpsertConfig(systemConfigs, cipher, transactions, clock, ids);
        this.updateConfig = new UpdateConfig(systemConfigs, cipher, transactions, clock);
        this.deleteConfig = new DeleteConfig(systemConfigs, transactions);

        this.accessTokens = new JwtAccessTokens(settings.jwtSecret().value(), settings.accessTokenLifetime(), clock);
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
        // with backoff, dead-lettered with its error), over SMTP when configured, else kept in the outbox.
        this.outbox = new JdbiOutboxStore(jdbi, clock, ids);
        this.mailDeliveries = new JobQueueDeliveryQueue(jobQueue);
        Mailer mailer = new QueuedMailer(outbox, mailDeliveries, transactions);
        MailTransport transport = platform.smtp().<MailTransport>map(SmtpMailTransport::new)
                .orElseGet(OutboxOnlyMailTransport::new);
        this.deliverEmail = new DeliverEmail(outbox, transport, transactions, clock);
        this.sweepOutbox = new SweepOutbox(outbox, mailDeliveries, clock, Duration.ofMinutes(10), 500);

        // Signing up opens the user's wallets (and the starter bundle) in the same transaction.
        this.tokens = new TokenWiring(settings, jdbi, transactions, clock, ids);
        this.slots = new SlotWiring(settings.mentorship(), jdbi, transactions, mailer,
                new BlobRecordingStorage(blobStore), tokens, clock, ids);
        this.identity = new IdentityWiring(settings, jdbi, transactions, accessTokens, mailer, tokens.newUserHook(), clock, ids);
        this.takeKpiSnapshot = new TakeKpiSnapshot(identity.countUsersByRole, new CountOutboxByStatus(outbox), clock);
    }

    /**
     * Opens the database and wires the use cases.
     *
     * @param migrate apply pending migrations first (the CLI's read-only commands still need the schema)
     */
    public static Backend open(Settings settings, boolean migrate, MetricsTrackerFactory metrics) {
        DatabaseRuntime runtime = DatabaseRuntime.open(settings, metrics);
        try {
            if (migrate) {
                runtime.migrate();
            }
            Backend backend = new Backend(settings, runtime);
            backend.checkStoredSecretsAreReadable();
            return backend;
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /** Production refuses to start when a stored secret cannot be opened with the configured key (seed 004 guard). */
    private void checkStoredSecretsAreReadable() {
        if (!settings.production()) {
            return;
        }
        List<SystemConfig> secrets = systemConfigs.all().stream().filter(SystemConfig::secret).toList();
        if (secrets.isEmpty()) {
            return;
        }
        if (settings.encryptionKey().isEmpty()) {
            throw new SettingsException(List.of(EnvVar.PLATFORM_ENCRYPTION_KEY.name()
                    + " must be set: " + secrets.size() + " stored secret configuration row(s) need it"));
        }
        long unreadable = secrets.stream().filter(row -> {
            try {
                cipher.open(row.storedValue());
                return false;
            } catch (DomainException e) {
                return true;
            }
        }).count();
        if (unreadable > 0) {
            throw new SettingsException(List.of(EnvVar.PLATFORM_ENCRYPTION_KEY.name() + " cannot decrypt "
                    + unreadable + " stored secret configuration row(s); was the key rotated without re-encrypting?"));
        }
    }

    public Settings settings() {
        return settings;
    }

    public DatabaseRuntime runtime() {
        return runtime;
    }

    /** The unit of work every use case joins; a composite operation (the demo seed) wraps several in one. */
    public Transactions transactions() {
        return transactions;
    }

    public Clock clock() {
        return clock;
    }

    /** The dependencies {@code /api/health} reports: database, queue and blob store. */
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
                LoggerFactory.getLogger(Backend.class).warn("Could not close {}: {}", component.getClass().getSimpleName(), e.toString());
            }
        }
    }
}

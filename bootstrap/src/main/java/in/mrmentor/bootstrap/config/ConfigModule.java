package in.mrmentor.bootstrap.config;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.Settings;
import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.SettingsException;
import in.mrmentor.config.DeleteConfig;
import in.mrmentor.config.ListEnabledCallProviders;
import in.mrmentor.config.RefreshMrHireCallProviders;
import in.mrmentor.config.port.CallProviderRefreshes;
import in.mrmentor.config.port.MrHire;
import in.mrmentor.external.mrhire.HttpMrHire;
import in.mrmentor.http.config.CallProviderRoutes;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.port.JobWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import in.mrmentor.config.ExplainSetting;
import in.mrmentor.config.KnownConfigKeys;
import in.mrmentor.config.ListConfigs;
import in.mrmentor.config.ReadPublicConfig;
import in.mrmentor.config.SystemConfig;
import in.mrmentor.config.UpdateConfig;
import in.mrmentor.config.UpsertConfig;
import in.mrmentor.config.port.SecretCipher;
import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.external.crypto.AesGcmSecretCipher;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.config.SystemConfigRoutes;
import in.mrmentor.persistence.config.JdbiSystemConfigs;
import in.mrmentor.shared.DomainException;

import java.util.List;
import java.util.Map;

/** The runtime configuration rows ({@code system_configs}), their secrets sealed with PLATFORM_ENCRYPTION_KEY. */
public final class ConfigModule implements ContextModule {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigModule.class);
    // With the queue's backoff (10 s doubling, at most an hour) eight attempts span about 20 minutes.
    static final HandlerOptions MR_HIRE_REFRESH = HandlerOptions.of(1, 8);

    public final ReadPublicConfig readPublicConfig;
    public final ListConfigs listConfigs;
    public final UpsertConfig upsertConfig;
    public final UpdateConfig updateConfig;
    public final DeleteConfig deleteConfig;
    public final ListEnabledCallProviders listEnabledCallProviders;
    public final RefreshMrHireCallProviders refreshMrHireCallProviders;
    private final Settings settings;
    private final SystemConfigs systemConfigs;

    public ConfigModule(Platform platform) {
        this.settings = platform.settings();
        var tx = platform.transactions();
        var clock = platform.clock();
        systemConfigs = new JdbiSystemConfigs(platform.jdbi());
        SecretCipher cipher = settings.encryptionKey()
                .<SecretCipher>map(key -> new AesGcmSecretCipher(key.value()))
                .orElseGet(UnavailableSecretCipher::new);

        readPublicConfig = new ReadPublicConfig(systemConfigs);
        listConfigs = new ListConfigs(systemConfigs);
        upsertConfig = new UpsertConfig(systemConfigs, cipher, tx, clock, platform.ids());
        updateConfig = new UpdateConfig(systemConfigs, cipher, tx, clock);
        deleteConfig = new DeleteConfig(systemConfigs, tx);
        listEnabledCallProviders = new ListEnabledCallProviders(systemConfigs);
        MrHire mrHire = settings.mrHire().<MrHire>map(HttpMrHire::new).orElse(MrHire.NOT_CONFIGURED);
        var queue = platform.jobQueue();
        // One waiting refresh is enough: it reads the providers when it runs.
        CallProviderRefreshes refreshes = () -> queue.enqueue(
                NewJob.of(JobType.CALL_PROVIDERS_REFRESH, "{}").dedupedBy("mr-hire-call-providers"));
        refreshMrHireCallProviders = new RefreshMrHireCallProviders(mrHire, refreshes, listEnabledCallProviders);
        checkStoredSecretsAreReadable(systemConfigs, cipher);
    }

    /**
     * Which tier supplies a runtime key's value, given the process environment (the settings keep only
     * what they parsed, not the raw variables).
     */
    public ExplainSetting explainSetting(Map<String, String> environment) {
        return new ExplainSetting(systemConfigs, environment);
    }

    /** A key {@code mas config set} takes without --force: one something reads, or one already stored. */
    public boolean isKnownKey(String key) {
        return KnownConfigKeys.find(key).isPresent() || systemConfigs.findByKey(key).isPresent();
    }

    @Override
    public List<RouteGroup> routes() {
        // The literal enabled-call-providers path must be registered before /api/system-config/{key}.
        return List.of(new CallProviderRoutes(listEnabledCallProviders, refreshMrHireCallProviders),
                new SystemConfigRoutes(readPublicConfig, listConfigs, upsertConfig, updateConfig, deleteConfig,
                settings.flags()));
    }

    /** Mr. Hire is told the enabled call providers by a job, retried with backoff while it is down. */
    @Override
    public void jobs(JobWorkers workers) {
        workers.register(JobType.CALL_PROVIDERS_REFRESH, job -> {
            var sent = refreshMrHireCallProviders.push();
            LOG.info("Told Mr. Hire the enabled call providers {}", sent);
        }, MR_HIRE_REFRESH);
    }

    /** Production refuses to start when a stored secret cannot be opened with the configured key (seed 004 guard). */
    private void checkStoredSecretsAreReadable(SystemConfigs systemConfigs, SecretCipher cipher) {
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
}

package in.mrmentor.bootstrap;

import in.mrmentor.bootstrap.hiring.HiringSettings;
import in.mrmentor.bootstrap.identity.IdentitySettings;
import in.mrmentor.bootstrap.invoice.InvoiceSettings;
import in.mrmentor.bootstrap.settings.DatabaseTarget;
import in.mrmentor.bootstrap.settings.PlatformSettings;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.lead.LeadSettings;
import in.mrmentor.bootstrap.slot.SlotSettings;
import in.mrmentor.bootstrap.pap.PapSettings;
import in.mrmentor.bootstrap.token.TokenSettings;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.external.mrhire.MrHireSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed configuration built once at start-up from the environment (the first tier; runtime
 * rows and flags are the others). Secrets are {@link Secret}s, so printing this object is safe.
 * It sits beside the server rather than in {@code settings}: it gathers each context's settings,
 * and those are read with the {@code settings} vocabulary, so there it would close a package cycle.
 */
public record Settings(
        boolean production,
        Path dataDirectory,
        String host,
        int port,
        DatabaseTarget database,
        int databasePoolSize,
        boolean migrateOnStart,
        String embeddedPostgresUser,
        Path embeddedPostgresCache,
        Secret jwtSecret,
        Optional<Secret> encryptionKey,
        List<String> corsAllowedOrigins,
        Optional<Secret> metricsToken,
        LogFormat logFormat,
        Duration shutdownTimeout,
        FeatureFlags flags,
        PlatformSettings platform,
        IdentitySettings identity,
        TokenSettings tokens,
        SlotSettings slots,
        Optional<MrHireSettings> mrHire,
        HiringSettings hiring,
        InvoiceSettings invoices,
        PapSettings pap,
        LeadSettings crm) {

    public enum LogFormat { TEXT, JSON }

    public Settings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(mrHire, "mrHire");
        Objects.requireNonNull(hiring, "hiring");
        Objects.requireNonNull(invoices, "invoices");
        Objects.requireNonNull(pap, "pap");
        Objects.requireNonNull(crm, "crm");
        corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
    }

    public Settings withPort(int newPort) {
        return new Settings(production, dataDirectory, host, newPort, database, databasePoolSize, migrateOnStart,
                embeddedPostgresUser, embeddedPostgresCache, jwtSecret, encryptionKey, corsAllowedOrigins, metricsToken,
                logFormat, shutdownTimeout, flags, platform, identity, tokens, slots, mrHire, hiring, invoices, pap, crm);
    }

    public Settings withDatabase(DatabaseTarget newDatabase) {
        return new Settings(production, dataDirectory, host, port, newDatabase, databasePoolSize, migrateOnStart,
                embeddedPostgresUser, embeddedPostgresCache, jwtSecret, encryptionKey, corsAllowedOrigins, metricsToken,
                logFormat, shutdownTimeout, flags, platform, identity, tokens, slots, mrHire, hiring, invoices, pap, crm);
    }
}

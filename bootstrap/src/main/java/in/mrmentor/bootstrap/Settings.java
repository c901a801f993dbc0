package in.mrmentor.bootstrap;

import in.mrmentor.config.FeatureFlags;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed configuration built once at start-up from the environment (the first tier; runtime
 * rows and flags are the others). Secrets are {@link Secret}s, so printing this object is safe.
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
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        int loginMaxAttempts,
        Duration loginWindow,
        Optional<String> adminEmail,
        Optional<Secret> adminPassword,
        Optional<Secret> masterPassword,
        Optional<Secret> masterTotpSecret,
        FeatureFlags flags,
        PlatformSettings platform,
        TokenSettings tokens,
        MentorshipSettings mentorship) {

    public enum LogFormat { TEXT, JSON }

    public Settings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(mentorship, "mentorship");
        corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
    }

    public Settings withPort(int newPort) {
        return new Settings(production, dataDirectory, host, newPort, database, databasePoolSize, migrateOnStart,
                embeddedPostgresUser, embeddedPostgresCache, jwtSecret, encryptionKey, corsAllowedOrigins, metricsToken,
                logFormat, shutdownTimeout, accessTokenLifetime, refreshTokenLifetime, loginMaxAttempts, loginWindow,
                adminEmail, adminPassword, masterPassword, masterTotpSecret, flags, platform, tokens, mentorship);
    }

    public Settings withDatabase(DatabaseTarget newDatabase) {
        return new Settings(production, dataDirectory, host, port, newDatabase, databasePoolSize, migrateOnStart,
                embeddedPostgresUser, embeddedPostgresCache, jwtSecret, encryptionKey, corsAllowedOrigins, metricsToken,
                logFormat, shutdownTimeout, accessTokenLifetime, refreshTokenLifetime, loginMaxAttempts, loginWindow,
                adminEmail, adminPassword, masterPassword, masterTotpSecret, flags, platform, tokens, mentorship);
    }
}

package in.mrmentor.bootstrap;

import in.mrmentor.bootstrap.config.MrHireSettingsReader;
import in.mrmentor.bootstrap.hiring.HiringSettingsReader;
import in.mrmentor.bootstrap.identity.IdentitySettings;
import in.mrmentor.bootstrap.identity.IdentitySettingsReader;
import in.mrmentor.bootstrap.settings.DatabaseTarget;
import in.mrmentor.bootstrap.settings.DatabaseUrl;
import in.mrmentor.bootstrap.settings.DevelopmentSecrets;
import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.PlatformSettings;
import in.mrmentor.bootstrap.settings.PlatformSettingsReader;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.bootstrap.lead.LeadSettingsReader;
import in.mrmentor.bootstrap.slot.SlotSettingsReader;
import in.mrmentor.bootstrap.pap.PapSettingsReader;
import in.mrmentor.bootstrap.token.TokenSettingsReader;
import in.mrmentor.bootstrap.invoice.InvoiceSettingsReader;
import in.mrmentor.config.FeatureFlag;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.persistence.embedded.EmbeddedPostgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static in.mrmentor.bootstrap.settings.SettingsProblems.secret;
import static in.mrmentor.bootstrap.settings.SettingsProblems.text;

/**
 * Builds {@link Settings} from the process environment and refuses to start on anything wrong,
 * naming each variable and never echoing its value. In production it applies the guards of seed
 * 004: no weak or default secrets, no implicit database, no wildcard CORS.
 */
public final class SettingsReader {
    static final int MIN_JWT_SECRET_BYTES = 32;
    private static final Set<String> DEVELOPMENT_NAMES = Set.of("development", "dev", "local", "test");
    private static final Set<String> PRODUCTION_NAMES = Set.of("production", "prod");
    private static final Set<String> SEED_DATABASE_DEFAULTS = Set.of("shubham", "template");

    private SettingsReader() {
    }

    public static Settings fromEnvironment() {
        return read(System.getenv());
    }

    public static Settings read(Map<String, String> env) {
        SettingsProblems problems = new SettingsProblems();
        boolean production = isProduction(env, problems);
        Path dataDirectory = Path.of(text(env, EnvVar.MAS_DATA_DIR).orElse(".mas-data")).toAbsolutePath().normalize();
        DatabaseTarget database = DatabaseUrl.resolve(env, problems);

        Secret jwtSecret = secret(env, EnvVar.JWT_SECRET).orElse(null);
        Optional<Secret> encryptionKey = secret(env, EnvVar.PLATFORM_ENCRYPTION_KEY);
        if (production) {
            if (jwtSecret == null) {
                problems.add(EnvVar.JWT_SECRET, "must be set in production");
            } else if (jwtSecret.isKnownDefault()) {
                problems.add(EnvVar.JWT_SECRET, "is a known default value; generate one (e.g. openssl rand -hex 32)");
            }
        } else {
            DevelopmentSecrets generated = null;
            if (jwtSecret == null) {
                generated = DevelopmentSecrets.in(dataDirectory);
                jwtSecret = generated.get(EnvVar.JWT_SECRET);
            }
            if (encryptionKey.isEmpty()) {
                generated = generated != null ? generated : DevelopmentSecrets.in(dataDirectory);
                encryptionKey = Optional.of(generated.get(EnvVar.PLATFORM_ENCRYPTION_KEY));
            }
        }
        if (jwtSecret != null && jwtSecret.value().getBytes(StandardCharsets.UTF_8).length < MIN_JWT_SECRET_BYTES) {
            problems.add(EnvVar.JWT_SECRET, "must be at least " + MIN_JWT_SECRET_BYTES + " bytes long");
        }
        if (encryptionKey.isPresent() && encryptionKey.get().value().length() < 16) {
            problems.add(EnvVar.PLATFORM_ENCRYPTION_KEY, "must be at least 16 characters long");
        }

        IdentitySettings identity = IdentitySettingsReader.read(env, problems, production);
        if (production) {
            guardDatabase(env, database, problems);
        }

        List<String> cors = origins(text(env, EnvVar.CORS_ALLOWED_ORIGINS).orElse("http://localhost:3000"));
        if (production && cors.contains("*")) {
            problems.add(EnvVar.CORS_ALLOWED_ORIGINS, "must list explicit origins in production, not *");
        }

        Settings.LogFormat logFormat = Settings.LogFormat.TEXT;
        String rawFormat = text(env, EnvVar.LOG_FORMAT).orElse("text").toLowerCase(Locale.ROOT);
        switch (rawFormat) {
            case "text" -> logFormat = Settings.LogFormat.TEXT;
            case "json" -> logFormat = Settings.LogFormat.JSON;
            default -> problems.add(EnvVar.LOG_FORMAT, "must be text or json");
        }

        FeatureFlags flags = flags(env, problems);
        boolean migrateOnStart = problems.bool(env, EnvVar.MIGRATE_ON_START, true);

        PlatformSettings platform = PlatformSettingsReader.read(env, problems);
        Settings settings = new Settings(
                production,
                dataDirectory,
                text(env, EnvVar.HOST).orElse("0.0.0.0"),
                problems.integer(env, EnvVar.PORT, 8000, 0, 65_535),
                database,
                problems.integer(env, EnvVar.DB_POOL_SIZE, 10, 1, 500),
                migrateOnStart,
                text(env, EnvVar.MAS_EMBEDDED_PG_USER).orElse("nobody"),
                text(env, EnvVar.MAS_EMBEDDED_PG_CACHE).map(Path::of).orElse(EmbeddedPostgres.defaultBinaryCache()),
                jwtSecret == null ? new Secret("") : jwtSecret,
                encryptionKey,
                cors,
                secret(env, EnvVar.METRICS_TOKEN),
                logFormat,
                Duration.ofSeconds(problems.integer(env, EnvVar.SHUTDOWN_TIMEOUT_SECONDS, 20, 0, 600)),
                flags,
                platform,
                identity,
                TokenSettingsReader.read(env, problems),
                SlotSettingsReader.read(env, problems),
                MrHireSettingsReader.read(env, problems, production),
                HiringSettingsReader.read(env, problems, production, dataDirectory),
                InvoiceSettingsReader.read(env, problems, production, platform.businessZone()),
                PapSettingsReader.read(env, production, problems),
                LeadSettingsReader.read(env, problems, production, dataDirectory));
        problems.throwIfAny();
        return settings;
    }

    private static boolean isProduction(Map<String, String> env, SettingsProblems problems) {
        String appEnv = text(env, EnvVar.APP_ENV).map(v -> v.toLowerCase(Locale.ROOT)).orElse(null);
        if (appEnv != null && !PRODUCTION_NAMES.contains(appEnv) && !DEVELOPMENT_NAMES.contains(appEnv)) {
            problems.add(EnvVar.APP_ENV, "must be one of development, dev, local, test, production");
        }
        String nodeEnv = text(env, EnvVar.NODE_ENV).map(v -> v.toLowerCase(Locale.ROOT)).orElse("");
        return (appEnv != null && PRODUCTION_NAMES.contains(appEnv)) || PRODUCTION_NAMES.contains(nodeEnv);
    }

    private static void guardDatabase(Map<String, String> env, DatabaseTarget database, SettingsProblems problems) {
        if (database instanceof DatabaseTarget.Embedded) {
            problems.add(EnvVar.DATABASE_URL, "must be set in production (or DB_HOST / PGHOST); "
                    + "the embedded database is for development only");
            return;
        }
        for (EnvVar var : List.of(EnvVar.DB_USERNAME, EnvVar.DB_PASSWORD, EnvVar.DB_NAME, EnvVar.PGUSER, EnvVar.PGPASSWORD)) {
            String value = env.get(var.name());
            if (value != null && SEED_DATABASE_DEFAULTS.contains(value.trim().toLowerCase(Locale.ROOT))) {
                problems.add(var, "is the seed's in-code default; set the real value");
            }
        }
        if (!(database instanceof DatabaseTarget.External external)) {
            throw new IllegalStateException("no production check for database target " + database);
        }
        if (external.password().value().isEmpty() && !external.jdbcUrl().contains("password=")) {
            problems.add(EnvVar.valueOf(external.source().equals("PG*") ? "PGPASSWORD"
                    : external.source().equals("DB_*") ? "DB_PASSWORD" : "DATABASE_URL"),
                    "gives no database password; production connects with credentials");
        }
    }

    private static FeatureFlags flags(Map<String, String> env, SettingsProblems problems) {
        Map<FeatureFlag, Boolean> states = new EnumMap<>(FeatureFlag.class);
        for (FeatureFlag flag : FeatureFlag.values()) {
            Optional<Boolean> parsed = flag.parse(env.get(flag.variable()));
            if (parsed.isEmpty()) {
                problems.add(EnvVar.valueOf(flag.variable()), "must be one of true, false, 1, 0, yes, no, on, off");
            } else {
                states.put(flag, parsed.get());
            }
        }
        return FeatureFlags.of(states);
    }

    /** A JSON array ({@code ["https://a","https://b"]}, the seed's form) or a comma-separated list. */
    static List<String> origins(String raw) {
        String trimmed = raw.trim();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        return Arrays.stream(trimmed.split(","))
                .map(String::trim)
                .map(origin -> origin.replaceAll("^\"|\"$", "").trim())
                .filter(origin -> !origin.isEmpty())
                .toList();
    }
}

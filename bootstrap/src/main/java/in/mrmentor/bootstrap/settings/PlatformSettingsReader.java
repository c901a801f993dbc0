package in.mrmentor.bootstrap.settings;

import in.mrmentor.external.blob.S3Settings;
import in.mrmentor.external.mail.SmtpSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Reads {@link PlatformSettings}, accepting both the seed's AWS_* names and seed 004's S3_* names. */
public final class PlatformSettingsReader {

    private PlatformSettingsReader() {
    }

    public static PlatformSettings read(Map<String, String> env, SettingsProblems problems) {
        Optional<Secret> redis = first(env, EnvVar.REDIS_URL).map(Secret::new);
        redis.ifPresent(url -> {
            String value = url.value();
            if (!(value.startsWith("redis://") || value.startsWith("rediss://"))) {
                problems.add(EnvVar.REDIS_URL, "must start with redis:// or rediss://");
            }
        });
        return new PlatformSettings(redis, s3(env, problems), smtp(env, problems),
                Duration.ofSeconds(problems.integer(env, EnvVar.JOB_VISIBILITY_TIMEOUT_SECONDS, 300, 5, 86_400)),
                Duration.ofMinutes(problems.integer(env, EnvVar.CLEANUP_INTERVAL_MINUTES, 1440, 1, 7 * 1440)),
                Duration.ofMinutes(problems.integer(env, EnvVar.KPI_INTERVAL_MINUTES, 15, 1, 1440)),
                businessZone(env, problems));
    }

    /** Read once for every context, so a bad value is one problem, not one per reader. */
    private static ZoneId businessZone(Map<String, String> env, SettingsProblems problems) {
        String raw = first(env, EnvVar.BUSINESS_TIME_ZONE).orElse(null);
        if (raw == null) {
            return PlatformSettings.DEFAULT_BUSINESS_ZONE;
        }
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            problems.add(EnvVar.BUSINESS_TIME_ZONE, "must be a time zone such as Asia/Kolkata");
            return PlatformSettings.DEFAULT_BUSINESS_ZONE;
        }
    }

    private static Optional<SmtpSettings> smtp(Map<String, String> env, SettingsProblems problems) {
        try {
            return SmtpSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            problems.add(EnvVar.SMTP_HOST, "settings are inconsistent: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<S3Settings> s3(Map<String, String> env, SettingsProblems problems) {
        Optional<String> bucket = first(env, EnvVar.S3_BUCKET, EnvVar.AWS_S3_BUCKET_NAME);
        if (bucket.isEmpty()) {
            return Optional.empty();
        }
        String region = first(env, EnvVar.AWS_REGION, EnvVar.S3_REGION, EnvVar.AWS_DEFAULT_REGION).orElse("us-east-1");
        String accessKey = first(env, EnvVar.AWS_ACCESS_KEY_ID, EnvVar.S3_ACCESS_KEY_ID).orElse(null);
        String secretKey = first(env, EnvVar.AWS_SECRET_ACCESS_KEY, EnvVar.S3_SECRET_ACCESS_KEY).orElse(null);
        if ((accessKey == null) != (secretKey == null)) {
            problems.add(accessKey == null ? EnvVar.AWS_ACCESS_KEY_ID : EnvVar.AWS_SECRET_ACCESS_KEY,
                    "must be set together with " + (accessKey == null ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID"));
            return Optional.empty();
        }
        URI endpoint = null;
        Optional<String> rawEndpoint = first(env, EnvVar.S3_ENDPOINT_URL, EnvVar.AWS_ENDPOINT_URL);
        if (rawEndpoint.isPresent()) {
            try {
                endpoint = new URI(rawEndpoint.get());
                if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                    problems.add(EnvVar.S3_ENDPOINT_URL, "must be an absolute URL such as https://host:9000");
                    return Optional.empty();
                }
            } catch (URISyntaxException e) {
                problems.add(EnvVar.S3_ENDPOINT_URL, "is not a valid URL");
                return Optional.empty();
            }
        }
        S3Settings.UrlStyle style;
        try {
            style = S3Settings.UrlStyle.parse(first(env, EnvVar.S3_URL_STYLE, EnvVar.AWS_S3_URL_STYLE).orElse(null));
        } catch (IllegalArgumentException e) {
            problems.add(EnvVar.S3_URL_STYLE, "must be virtual or path");
            return Optional.empty();
        }
        return Optional.of(new S3Settings(region, accessKey, secretKey, bucket.get(), endpoint, style));
    }

    private static Optional<String> first(Map<String, String> env, EnvVar... vars) {
        for (EnvVar var : vars) {
            String value = env.get(var.name());
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }
}

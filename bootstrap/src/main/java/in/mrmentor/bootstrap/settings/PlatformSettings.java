package in.mrmentor.bootstrap.settings;

import in.mrmentor.external.blob.S3Settings;
import in.mrmentor.external.mail.SmtpSettings;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Where background jobs, blobs and mail go. Each defaults to what the embedded setup needs (PostgreSQL,
 * the filesystem, the outbox), so a fresh machine runs with no Redis, no S3 and no SMTP.
 */
public record PlatformSettings(Optional<Secret> redisUrl, Optional<S3Settings> s3, Optional<SmtpSettings> smtp,
                               Duration jobVisibilityTimeout, Duration cleanupInterval, Duration kpiInterval,
                               ZoneId businessZone) {
    /** The days, months and financial years of every context (BUSINESS_TIME_ZONE) when nothing says otherwise. */
    public static final ZoneId DEFAULT_BUSINESS_ZONE = ZoneId.of("Asia/Kolkata");

    public static PlatformSettings defaults() {
        return new PlatformSettings(Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofMinutes(5),
                Duration.ofDays(1), Duration.ofMinutes(15), DEFAULT_BUSINESS_ZONE);
    }
}

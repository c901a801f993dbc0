package in.mrmentor.bootstrap;

import in.mrmentor.external.blob.S3Settings;

import java.time.Duration;
import java.util.Optional;

/**
 * Where background jobs and blobs live. Both default to what the embedded setup needs (PostgreSQL
 * and the filesystem), so a fresh machine runs with no Redis and no S3.
 */
public record PlatformSettings(Optional<Secret> redisUrl, Optional<S3Settings> s3, Duration jobVisibilityTimeout,
                               Duration cleanupInterval) {

    public static PlatformSettings defaults() {
        return new PlatformSettings(Optional.empty(), Optional.empty(), Duration.ofMinutes(5), Duration.ofDays(1));
    }
}

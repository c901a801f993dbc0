package in.mrmentor.external.blob;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the S3 blob store keeps blobs. Both AWS and S3-compatible stores (Cloudflare R2, MinIO)
 * are reached through the same settings; the seeds name the variables that fill them.
 *
 * @param region          {@code AWS_REGION} / {@code S3_REGION} / {@code AWS_DEFAULT_REGION}; {@code auto} for R2
 * @param accessKeyId     {@code AWS_ACCESS_KEY_ID} / {@code S3_ACCESS_KEY_ID}; null uses the default
 *                        AWS credential chain (instance or task role)
 * @param secretAccessKey {@code AWS_SECRET_ACCESS_KEY} / {@code S3_SECRET_ACCESS_KEY}
 * @param bucket          {@code S3_BUCKET} / {@code AWS_S3_BUCKET_NAME}
 * @param endpoint        {@code S3_ENDPOINT_URL} / {@code AWS_ENDPOINT_URL}; null means AWS itself
 * @param urlStyle        {@code S3_URL_STYLE} / {@code AWS_S3_URL_STYLE}: virtual (default) or path
 */
public record S3Settings(String region, String accessKeyId, String secretAccessKey, String bucket, URI endpoint,
                         UrlStyle urlStyle) {

    /** How the bucket appears in a request URL: {@code bucket.host/key} or {@code host/bucket/key}. */
    public enum UrlStyle {
        VIRTUAL,
        PATH;

        /** Reads {@code virtual} or {@code path} (any case); null or blank means virtual, as in seed 004. */
        public static UrlStyle parse(String value) {
            if (value == null || value.isBlank()) {
                return VIRTUAL;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "virtual" -> VIRTUAL;
                case "path" -> PATH;
                default -> throw new IllegalArgumentException("S3 URL style must be 'virtual' or 'path', not '" + value + "'");
            };
        }
    }

    public S3Settings {
        requireText(region, "region");
        requireText(bucket, "bucket");
        Objects.requireNonNull(urlStyle, "urlStyle");
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new IllegalArgumentException("set both the S3 access key id and secret key, or neither");
        }
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
            throw new IllegalArgumentException("the S3 endpoint must be an absolute URL such as https://host");
        }
    }

    public boolean pathStyle() {
        return urlStyle == UrlStyle.PATH;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("S3 " + name + " must be set");
        }
    }

    @Override
    public String toString() {
        return "S3Settings[region=" + region + ", accessKeyId=" + accessKeyId + ", secretAccessKey="
                + (secretAccessKey == null ? "null" : "********") + ", bucket=" + bucket + ", endpoint=" + endpoint
                + ", urlStyle=" + urlStyle + "]";
    }
}

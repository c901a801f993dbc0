package in.mrmentor.external.blob;

import in.mrmentor.blobs.Blob;
import in.mrmentor.blobs.BlobKeys;
import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.shared.port.HealthCheck;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Blobs in one S3 bucket (AWS or an S3-compatible store), so several processes share them. Reads
 * can bypass the service entirely through presigned GET URLs.
 *
 * <p>The HTTP client is the JDK's {@code HttpURLConnection} one: blob traffic needs no Netty or
 * Apache stack. Checksums are only sent where S3 requires them, because several S3-compatible
 * stores reject the SDK's default trailing checksums.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    private static final String SPOOL_PREFIX = "mas-s3-upload-";
    private static final String SPOOL_SUFFIX = ".tmp";

    private final S3Settings settings;
    private final S3Client s3;
    private final S3Presigner presigner;

    public S3BlobStore(S3Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        AwsCredentialsProvider credentials = settings.accessKeyId() == null
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId(),
                settings.secretAccessKey()));
        S3Configuration style = S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build();
        S3ClientBuilder client = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(style)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)));
        S3Presigner.Builder presign = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(style);
        if (settings.endpoint() != null) {
            client.endpointOverride(settings.endpoint());
            presign.endpointOverride(settings.endpoint());
        }
        this.s3 = client.build();
        this.presigner = presign.build();
    }

    @Override
    public void put(String key, InputStream content, String contentType, long length) {
        BlobKeys.requireValid(key);
        Objects.requireNonNull(content, "content");
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(settings.bucket())
                .key(key)
                .contentType(FilesystemBlobStore.contentTypeOrDefault(contentType))
                .build();
        if (length >= 0) {
            s3.putObject(request, RequestBody.fromInputStream(content, length));
            return;
        }
        // A single PUT needs its length up front; a stream of unknown length is spooled to a
        // temporary file first rather than buffered in memory (recordings run to hundreds of MB).
        Path spooled = null;
        try {
            spooled = Files.createTempFile(SPOOL_PREFIX, SPOOL_SUFFIX);
            Files.copy(content, spooled, StandardCopyOption.REPLACE_EXISTING);
            s3.putObject(request, RequestBody.fromFile(spooled));
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool blob " + key + " for upload", e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /**
     * A single PUT is all or nothing in the bucket, so only the local spool files of uploads of
     * unknown length can be left behind, in the JVM's temporary directory.
     */
    @Override
    public long removeAbandonedWrites(Instant untouchedSince) {
        Objects.requireNonNull(untouchedSince, "untouchedSince");
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        long removed = 0;
        try (DirectoryStream<Path> spools = Files.newDirectoryStream(directory, SPOOL_PREFIX + "*" + SPOOL_SUFFIX)) {
            for (Path spool : spools) {
                try {
                    if (Files.getLastModifiedTime(spool).toInstant().isBefore(untouchedSince) && Files.deleteIfExists(spool)) {
                        removed++;
                    }
                } catch (IOException goneMeanwhile) {
                    // its upload finished and removed it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not sweep abandoned uploads in " + directory, e);
        }
        return removed;
    }

    @Override
    public Optional<Blob> get(String key) {
        BlobKeys.requireValid(key);
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(GetObjectRequest.builder()
                    .bucket(settings.bucket()).key(key).build());
            GetObjectResponse response = in.response();
            String type = response.contentType() == null ? DEFAULT_CONTENT_TYPE : response.contentType();
            return Optional.of(new Blob(in, type, response.contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) {
        BlobKeys.requireValid(key);
        try {
            s3.headObject(request -> request.bucket(settings.bucket()).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        BlobKeys.requireValid(key);
        s3.deleteObject(request -> request.bucket(settings.bucket()).key(key));
    }

    @Override
    public Optional<URI> readUrl(String key, Duration validFor) {
        BlobKeys.requireValid(key);
        Objects.requireNonNull(validFor, "validFor");
        try {
            return Optional.of(presigner.presignGetObject(presign -> presign
                            .signatureDuration(validFor)
                            .getObjectRequest(get -> get.bucket(settings.bucket()).key(key)))
                    .url().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned an unparseable URL", e);
        }
    }

    @Override
    public HealthCheck healthCheck() {
        return new HealthCheck() {
            @Override
            public String name() {
                return "blobStore";
            }

            @Override
            public boolean isUp() {
                try {
                    s3.headBucket(request -> request.bucket(settings.bucket())
                            .overrideConfiguration(config -> config.apiCallTimeout(HEALTH_TIMEOUT)));
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            }
        };
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover spool file is removed by removeAbandonedWrites
        }
    }
}

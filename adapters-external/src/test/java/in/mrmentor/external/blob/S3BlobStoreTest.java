package in.mrmentor.external.blob;

import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.blobs.port.BlobStoreContract;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract against S3Proxy, an S3-compatible server this test runs in-process over real HTTP. */
class S3BlobStoreTest extends BlobStoreContract {
    private static final String ACCESS_KEY = "test-access-key";
    private static final String SECRET_KEY = "test-secret-key";
    private static final String REGION = "us-east-1";
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private static S3ProxyJunitCore server;
    private S3BlobStore s3Store;

    @BeforeAll
    static void startServer() throws Exception {
        server = new S3ProxyJunitCore.Builder().withCredentials(ACCESS_KEY, SECRET_KEY).build();
        server.beforeEach();
    }

    @AfterAll
    static void stopServer() {
        server.afterEach();
    }

    @Override
    protected BlobStore newStore() {
        String bucket = "mas-test-" + BUCKETS.incrementAndGet();
        try (S3Client admin = S3Client.builder()
                .region(Region.of(REGION))
                .endpointOverride(server.getUri())
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            admin.createBucket(request -> request.bucket(bucket));
        }
        s3Store = new S3BlobStore(settings(bucket));
        return s3Store;
    }

    private static S3Settings settings(String bucket) {
        return new S3Settings(REGION, ACCESS_KEY, SECRET_KEY, bucket, server.getUri(), S3Settings.UrlStyle.PATH);
    }

    @Override
    protected void closeStore() {
        s3Store.close();
    }

    @Test
    void aPresignedUrlNamesTheBucketAndExpires() {
        store.put("a.txt", new ByteArrayInputStream(new byte[]{1}), "text/plain", 1);

        URI url = s3Store.readUrl("a.txt", Duration.ofMinutes(10)).orElseThrow();

        assertThat(url.getPath()).endsWith("/a.txt").contains("/mas-test-");
        assertThat(url.getQuery()).contains("X-Amz-Expires=600").contains("X-Amz-Signature=");
    }

    @Test
    void aMissingBucketMakesTheHealthCheckFail() {
        try (S3BlobStore missing = new S3BlobStore(settings("no-such-bucket"))) {
            assertThat(missing.healthCheck().isUp()).isFalse();
        }
    }

    @Test
    void wrongCredentialsMakeTheHealthCheckFail() {
        S3Settings wrong = new S3Settings(REGION, ACCESS_KEY, "not-the-secret", "mas-test-1", server.getUri(),
                S3Settings.UrlStyle.PATH);
        try (S3BlobStore denied = new S3BlobStore(wrong)) {
            assertThat(denied.healthCheck().isUp()).isFalse();
        }
    }

    /** Issue 11 item 16: an upload of unknown length killed midway leaves its local spool file. */
    @Test
    void theSpoolFileOfAnUploadCutOffByACrashIsRemovedOnceUntouched() throws Exception {
        Path cutOff = Files.createTempFile("mas-s3-upload-", ".tmp");
        Files.setLastModifiedTime(cutOff, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path stillWriting = Files.createTempFile("mas-s3-upload-", ".tmp");
        try {
            assertThat(store.removeAbandonedWrites(Instant.now().minus(BlobStore.ABANDONED_WRITE_AGE))).isPositive();

            assertThat(cutOff).doesNotExist();
            assertThat(stillWriting).exists();
        } finally {
            Files.deleteIfExists(cutOff);
            Files.deleteIfExists(stillWriting);
        }
    }
}

package in.mrmentor.blobs.port;

import in.mrmentor.blobs.Blob;
import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of {@link BlobStore} must do, against real storage. Each adapter's test
 * supplies a new, empty store.
 */
public abstract class BlobStoreContract {
    protected BlobStore store;

    protected abstract BlobStore newStore();

    protected void closeStore() {
    }

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    @AfterEach
    void close() {
        closeStore();
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] read(String key) {
        try (Blob blob = store.get(key).orElseThrow()) {
            return blob.content().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String key, byte[] bytes, String contentType) {
        store.put(key, new ByteArrayInputStream(bytes), contentType, bytes.length);
    }

    @Test
    void aMultiMegabyteStreamComesBackByteForByteWithItsContentType() throws IOException {
        byte[] recording = randomBytes(6 * 1024 * 1024 + 17, 1);

        store.put("recordings/slot-42/meeting.mp4", new ByteArrayInputStream(recording), "video/mp4", recording.length);

        try (Blob blob = store.get("recordings/slot-42/meeting.mp4").orElseThrow()) {
            assertThat(blob.contentType()).isEqualTo("video/mp4");
            assertThat(blob.size()).isEqualTo(recording.length);
            assertThat(blob.content().readAllBytes()).isEqualTo(recording);
        }
    }

    @Test
    void aStreamOfUnknownLengthIsStoredWhole() {
        byte[] document = randomBytes(3 * 1024 * 1024 + 5, 2);

        store.put("documents/resume.pdf", new ByteArrayInputStream(document), "application/pdf", -1);

        assertThat(read("documents/resume.pdf")).isEqualTo(document);
        assertThat(store.get("documents/resume.pdf").orElseThrow().size()).isEqualTo(document.length);
    }

    @Test
    void withoutAContentTypeABlobIsOctetStream() {
        put("raw.bin", text("x"), null);

        try (Blob blob = store.get("raw.bin").orElseThrow()) {
            assertThat(blob.contentType()).isEqualTo(BlobStore.DEFAULT_CONTENT_TYPE);
        }
    }

    @Test
    void aSecondPutReplacesTheBlobAndItsContentType() {
        put("invoices/INV-1.pdf", text("first version"), "text/plain");
        put("invoices/INV-1.pdf", text("second"), "application/pdf");

        assertThat(read("invoices/INV-1.pdf")).isEqualTo(text("second"));
        try (Blob blob = store.get("invoices/INV-1.pdf").orElseThrow()) {
            assertThat(blob.contentType()).isEqualTo("application/pdf");
            assertThat(blob.size()).isEqualTo(6);
        }
    }

    @Test
    void aFailedUploadLeavesThePreviousBlobIntact() {
        put("invoices/INV-2.pdf", text("good"), "application/pdf");
        InputStream breaksHalfway = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ >= 64 * 1024) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.put("invoices/INV-2.pdf", breaksHalfway, "application/pdf", 1024 * 1024))
                .isInstanceOf(RuntimeException.class);

        assertThat(read("invoices/INV-2.pdf")).isEqualTo(text("good"));
    }

    @Test
    void existsAndDeleteFollowTheBlob() {
        assertThat(store.exists("banners/home.png")).isFalse();
        put("banners/home.png", text("png"), "image/png");
        assertThat(store.exists("banners/home.png")).isTrue();
        assertThat(store.exists("banners")).as("a prefix is not a blob").isFalse();

        store.delete("banners/home.png");

        assertThat(store.exists("banners/home.png")).isFalse();
        assertThat(store.get("banners/home.png")).isEmpty();
        store.delete("banners/home.png");
        store.delete("never/stored.txt");
    }

    @Test
    void aMissingKeyHasNoBlob() {
        assertThat(store.get("nothing/here.txt")).isEmpty();
        assertThat(store.exists("nothing/here.txt")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/passwd", "a/../../x", "a/./b", "..", ".hidden", "a/.content-type",
            "a\\..\\b", "a//b", "a/", "", "tab\tkey"})
    void aKeyThatCouldEscapeTheStoreIsRefusedByEveryOperation(String key) {
        assertRefused(() -> put(key, text("x"), "text/plain"));
        assertRefused(() -> store.get(key));
        assertRefused(() -> store.exists(key));
        assertRefused(() -> store.delete(key));
        assertRefused(() -> store.readUrl(key, Duration.ofMinutes(5)));
    }

    @Test
    void anOverlongKeyIsRefused() {
        assertRefused(() -> store.exists("k".repeat(513)));
    }

    private static void assertRefused(Runnable operation) {
        assertThatThrownBy(operation::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
    }

    @Test
    void aReadUrlIsEitherAbsentOrServesTheBytes() throws Exception {
        byte[] pdf = randomBytes(200_000, 3);
        put("invoices/INV-3.pdf", pdf, "application/pdf");

        Optional<URI> url = store.readUrl("invoices/INV-3.pdf", Duration.ofMinutes(5));

        if (url.isPresent()) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(url.get()).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(pdf);
        }
    }

    @Test
    void theHealthCheckReportsTheStorageAsUp() {
        assertThat(store.healthCheck().name()).isEqualTo("blobStore");
        assertThat(store.healthCheck().isUp()).isTrue();
    }
}

package in.mrmentor.external.blob;

import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.blobs.port.BlobStoreContract;
import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesystemBlobStoreTest extends BlobStoreContract {
    @TempDir
    Path temp;

    private Path root;

    @Override
    protected BlobStore newStore() {
        root = temp.resolve("blobs");
        return new FilesystemBlobStore(root);
    }

    @Test
    void aKeyLeadingThroughASymbolicLinkIsRefusedEvenWhenItPointsOutside() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "do not serve");
        Files.createSymbolicLink(root.resolve("escape"), outside);

        assertThatThrownBy(() -> store.get("escape/secret.txt")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> store.put("escape/new.txt", new ByteArrayInputStream(new byte[1]), "text/plain", 1))
                .isInstanceOf(DomainException.class);
        assertThat(outside.resolve("new.txt")).doesNotExist();
    }

    @Test
    void aBlobThatIsASymbolicLinkIsRefused() throws IOException {
        Path outside = Files.writeString(temp.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(root.resolve("link.txt"), outside);

        assertThatThrownBy(() -> store.get("link.txt")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> store.delete("link.txt")).isInstanceOf(DomainException.class);
        assertThat(outside).exists();
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws IOException {
        store.put("a/b.txt", new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), "text/plain", 5);
        store.put("a/b.txt", new ByteArrayInputStream("again".getBytes(StandardCharsets.UTF_8)), "text/plain", 5);

        try (Stream<Path> files = Files.list(root.resolve("a"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("b.txt", ".b.txt.content-type");
        }
        assertThat(Files.readString(root.resolve("a/b.txt"))).isEqualTo("again");
    }

    @Test
    void aDeclaredLengthThatDoesNotMatchTheStreamIsRefused() {
        assertThatThrownBy(() -> store.put("short.txt", new ByteArrayInputStream(new byte[3]), "text/plain", 10))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.exists("short.txt")).isFalse();
    }

    @Test
    void thereIsNoDirectUrlSoHttpServesTheBytes() {
        store.put("x.txt", new ByteArrayInputStream(new byte[1]), "text/plain", 1);

        assertThat(store.readUrl("x.txt", java.time.Duration.ofMinutes(1))).isEmpty();
    }

    /** Issue 11 item 16: a kill -9 in the middle of an upload leaves its spool file, nothing else does. */
    @Test
    void theTemporaryFileOfAWriteCutOffByACrashIsRemovedOnceUntouchedButNothingElse() throws IOException {
        store.put("recordings/s1/r1.webm", new ByteArrayInputStream("finished".getBytes(StandardCharsets.UTF_8)), "video/webm", 8);
        Path slot = root.resolve("recordings/s1");
        Instant longAgo = Instant.now().minus(Duration.ofHours(3));
        try (Stream<Path> files = Files.list(slot)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(file, FileTime.from(longAgo));
            }
        }
        Path cutOff = Files.writeString(slot.resolve(".r2.webm.123.tmp"), "half of it");
        Files.setLastModifiedTime(cutOff, FileTime.from(longAgo));
        Path stillWriting = Files.writeString(slot.resolve(".r3.webm.456.tmp"), "arriving");

        long removed = store.removeAbandonedWrites(Instant.now().minus(BlobStore.ABANDONED_WRITE_AGE));

        assertThat(removed).isEqualTo(1);
        assertThat(cutOff).doesNotExist();
        assertThat(stillWriting).exists();
        var finished = store.get("recordings/s1/r1.webm").orElseThrow();
        try (var content = finished.content()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("finished");
        }
        assertThat(finished.contentType()).isEqualTo("video/webm");
        assertThat(store.removeAbandonedWrites(Instant.now().minus(BlobStore.ABANDONED_WRITE_AGE))).isZero();
    }
}

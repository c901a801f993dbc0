package in.mrmentor.bootstrap;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11 item 16: an upload cut off by kill -9 leaves its temporary file, and the next start removes it. */
class AbandonedUploadsTest {
    @TempDir
    Path dataDir;

    @Test
    void aStartingServerRemovesTheTemporaryFileOfAnUploadKilledMidwayButNotOneStillBeingWritten() throws Exception {
        Path slot = Files.createDirectories(dataDir.resolve("blobs/recordings/" + UUID.randomUUID()));
        Path recording = Files.writeString(slot.resolve("kept.webm"), "a finished recording");
        Path killed = Files.writeString(slot.resolve(".cut.webm.4711.tmp"), "the first half of a recording");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path inFlight = Files.writeString(slot.resolve(".live.webm.4712.tmp"), "bytes still arriving");

        Map<String, String> env = Map.of("MAS_DATA_DIR", dataDir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName()));
        try (MasServer app = MasServer.start(SettingsReader.read(env))) {
            assertThat(killed).doesNotExist();
            assertThat(inFlight).exists();
            assertThat(recording).hasContent("a finished recording");
        }
    }
}

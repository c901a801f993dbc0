package in.mrmentor.slot.port;

import in.mrmentor.slot.Recording;
import in.mrmentor.slot.RecordingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Recordings} must do. */
public abstract class RecordingsContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected Recordings recordings;

    protected abstract Recordings newRecordings();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    /** A slot id the store accepts (PostgreSQL needs the slots row). */
    protected abstract UUID aSlot();

    @BeforeEach
    void freshRecordings() {
        recordings = newRecordings();
    }

    private static Recording recording(UUID slot, UUID uploadedBy, RecordingStatus status) {
        UUID id = UUID.randomUUID();
        return new Recording(id, slot, Recording.keyFor(slot, id), "video/webm", 12_345_678L, status, uploadedBy, NOW);
    }

    @Test
    void aStoredRecordingReadsBackEqualAndAnUnknownOneIsAbsent() {
        var recording = recording(aSlot(), aUser(), RecordingStatus.UPLOADED);

        recordings.add(recording);

        assertThat(recordings.find(recording.id())).contains(recording);
        assertThat(recordings.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aStatusChangeIsStoredAndAnUnknownRecordingIsNotReplaced() {
        var recording = recording(aSlot(), aUser(), RecordingStatus.UPLOADED);
        recordings.add(recording);
        var deleted = recording.moveTo(RecordingStatus.DELETED);

        assertThat(recordings.replace(deleted)).isTrue();
        assertThat(recordings.find(recording.id())).contains(deleted);
        assertThat(recordings.replace(recording(aSlot(), aUser(), RecordingStatus.DELETED))).isFalse();
    }

    @Test
    void aRecordingWithoutAnUploaderReadsBackEqual() {
        UUID slot = aSlot();
        var fromProvider = recording(slot, null, RecordingStatus.PROCESSING);
        var other = recording(slot, aUser(), RecordingStatus.FAILED);

        recordings.add(fromProvider);
        recordings.add(other);

        assertThat(recordings.find(fromProvider.id())).contains(fromProvider);
        assertThat(recordings.find(other.id())).contains(other);
    }
}

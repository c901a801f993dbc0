package in.mrmentor.slot;

import in.mrmentor.slot.port.RecordingStorage;
import in.mrmentor.slot.port.Recordings;
import in.mrmentor.slot.port.Slots;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/** The slot's student, its mentor or an administrator reads a recording back. */
public final class ReadRecording {
    private static final Duration URL_LIFETIME = Duration.ofMinutes(15);

    /** Either a URL to send the browser to, or the bytes to stream. */
    public sealed interface Content permits Redirect, Bytes {
    }

    public record Redirect(URI url) implements Content {
    }

    public record Bytes(RecordingStorage.StoredRecording stored) implements Content {
    }

    private final Slots slots;
    private final Recordings recordings;
    private final RecordingStorage storage;

    public ReadRecording(Slots slots, Recordings recordings, RecordingStorage storage) {
        this.slots = slots;
        this.recordings = recordings;
        this.storage = storage;
    }

    public Content read(Actor actor, UUID slotId, UUID recordingId) {
        var slot = slots.find(slotId).orElseThrow(SlotErrors::slotNotFound);
        SlotAccessPolicy.PARTICIPANT_OR_ADMIN.check(actor, slot);
        var recording = recordings.find(recordingId)
                .filter(r -> r.slotId().equals(slotId) && r.status() == RecordingStatus.UPLOADED)
                .orElseThrow(SlotErrors::recordingNotFound);
        var url = storage.readUrl(recording.blobKey(), URL_LIFETIME);
        if (url.isPresent()) {
            return new Redirect(url.get());
        }
        return new Bytes(storage.open(recording.blobKey()).orElseThrow(SlotErrors::recordingNotFound));
    }
}

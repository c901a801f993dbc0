package in.mrmentor.slot;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.RecordingStorage;
import in.mrmentor.slot.port.Recordings;
import in.mrmentor.slot.port.Slots;

import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

/**
 * The mentor (or an administrator) uploads a meeting recording. The bytes go to the blob store
 * first, then the row is written; a crash in between leaves an unreferenced blob, never a row
 * pointing at nothing.
 */
public final class UploadRecording {
    private final Slots slots;
    private final Recordings recordings;
    private final RecordingStorage storage;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public UploadRecording(Slots slots, Recordings recordings, RecordingStorage storage, Transactions transactions,
                           Clock clock, Ids ids) {
        this.slots = slots;
        this.recordings = recordings;
        this.storage = storage;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Recording upload(Actor actor, UUID slotId, InputStream content, String contentType) {
        var slot = slots.find(slotId).orElseThrow(SlotErrors::slotNotFound);
        SlotAccessPolicy.MENTOR_OR_ADMIN.check(actor, slot);
        UUID id = ids.next();
        String key = Recording.keyFor(slotId, id);
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        long size = storage.store(key, content, type);
        var recording = new Recording(id, slotId, key, type, size, RecordingStatus.UPLOADED, actor.userId(),
                clock.instant());
        transactions.run(() -> recordings.add(recording));
        return recording;
    }
}

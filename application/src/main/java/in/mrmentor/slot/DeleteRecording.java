package in.mrmentor.slot;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.RecordingStorage;
import in.mrmentor.slot.port.Recordings;
import in.mrmentor.slot.port.Slots;

import java.util.UUID;

/**
 * The slot's mentor or an admin removes a recording: its row moves to DELETED (kept, so the history
 * shows it existed) and its bytes leave the blob store. Deleting twice is {@code INVALID_TRANSITION}.
 */
public final class DeleteRecording {
    private final Slots slots;
    private final Recordings recordings;
    private final RecordingStorage storage;
    private final Transactions transactions;

    public DeleteRecording(Slots slots, Recordings recordings, RecordingStorage storage, Transactions transactions) {
        this.slots = slots;
        this.recordings = recordings;
        this.storage = storage;
        this.transactions = transactions;
    }

    public Recording delete(Actor actor, UUID slotId, UUID recordingId) {
        var deleted = transactions.inTransaction(() -> {
            var slot = slots.find(slotId).orElseThrow(SlotErrors::slotNotFound);
            SlotAccessPolicy.MENTOR_OR_ADMIN.check(actor, slot);
            var recording = recordings.find(recordingId).filter(r -> r.slotId().equals(slotId))
                    .orElseThrow(SlotErrors::recordingNotFound);
            var moved = recording.moveTo(RecordingStatus.DELETED);
            recordings.replace(moved);
            return moved;
        });
        // After the commit: a failed removal leaves unreachable bytes, never a row pointing at nothing.
        storage.delete(deleted.blobKey());
        return deleted;
    }
}

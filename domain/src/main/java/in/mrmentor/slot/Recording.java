package in.mrmentor.slot;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A meeting recording; its bytes live in the blob store under {@code blobKey}. */
public record Recording(UUID id, UUID slotId, String blobKey, String contentType, long sizeBytes,
                        RecordingStatus status, UUID uploadedBy, Instant createdAt) {
    public Recording {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(blobKey, "blobKey");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size is never negative");
        }
    }

    /** The same recording moved along its lifecycle; an illegal move is {@code INVALID_TRANSITION}. */
    public Recording moveTo(RecordingStatus next) {
        if (!status.canMoveTo(next)) {
            throw SlotErrors.invalidTransition("recording", status, next);
        }
        return new Recording(id, slotId, blobKey, contentType, sizeBytes, next, uploadedBy, createdAt);
    }

    /** Keys are per slot, so a slot's recordings can be listed or removed together. */
    public static String keyFor(UUID slotId, UUID recordingId) {
        return "recordings/" + slotId + "/" + recordingId;
    }
}

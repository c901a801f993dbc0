package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.slot.Recording;
import in.mrmentor.slot.RecordingStatus;
import in.mrmentor.slot.port.Recordings;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiRecordings implements Recordings {
    private final Jdbi jdbi;

    public JdbiRecordings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Recording recording) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO meeting_recordings (id, slot_id, blob_key, content_type, "
                        + "size_bytes, status, uploaded_by, created_at) VALUES (:id, :slot, :key, :type, :size, :status, "
                        + ":by, :at)")
                .bind("id", recording.id()).bind("slot", recording.slotId()).bind("key", recording.blobKey())
                .bind("type", recording.contentType()).bind("size", recording.sizeBytes())
                .bind("status", recording.status().name()).bindByType("by", recording.uploadedBy(), UUID.class)
                .bind("at", utc(recording.createdAt()))
                .execute());
    }

    @Override
    public boolean replace(Recording recording) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE meeting_recordings SET status = :status WHERE id = :id")
                .bind("id", recording.id()).bind("status", recording.status().name()).execute()) == 1;
    }

    @Override
    public Optional<Recording> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, slot_id, blob_key, content_type, size_bytes, status, "
                        + "uploaded_by, created_at FROM meeting_recordings WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Recording(rs.getObject("id", UUID.class), rs.getObject("slot_id", UUID.class),
                        rs.getString("blob_key"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        RecordingStatus.valueOf(rs.getString("status")), rs.getObject("uploaded_by", UUID.class),
                        Timestamps.instant(rs, "created_at")))
                .findOne());
    }
}

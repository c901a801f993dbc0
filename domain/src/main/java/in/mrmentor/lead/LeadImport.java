package in.mrmentor.lead;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One CSV import (the seed's {@code lead_import_batches}) and its row report. {@code linesDone} is the
 * checkpoint: the last physical line whose row is counted, moved in the same transaction as the rows
 * it covers, so a run that crashed resumes after it and never counts or creates a row twice.
 */
public record LeadImport(UUID id, UUID createdBy, UUID assignTo, String fileName, ImportStatus status, long rows,
                         long created, long duplicates, long failed, long linesDone, String error,
                         Instant createdAt, Instant startedAt, Instant finishedAt) {
    public LeadImport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static LeadImport queued(UUID id, UUID createdBy, UUID assignTo, String fileName, Instant now) {
        return new LeadImport(id, createdBy, assignTo, fileName, ImportStatus.QUEUED, 0, 0, 0, 0, 0, null, now, null, null);
    }
}

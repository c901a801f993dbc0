package in.mrmentor.hiring;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One paid AI call (seed 003: PipelineCostLedger), its cost in micro-dollars. */
public record CostEntry(UUID id, UUID applicationId, String stage, String provider, String model, long promptTokens,
                        long completionTokens, long costMicroUsd, Instant at) {
    public CostEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(at, "at");
    }
}

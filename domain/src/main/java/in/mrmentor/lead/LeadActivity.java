package in.mrmentor.lead;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One entry of a lead's timeline (the seed's {@code lead_activity_log}); {@code actorId} null for channels and the system. */
public record LeadActivity(UUID id, UUID leadId, ActivityType type, UUID actorId, Instant at,
                           Map<String, String> details) {
    public LeadActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        details = Texts.withoutNulls(details);
    }
}

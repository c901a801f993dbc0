package in.mrmentor.lead;

import java.time.Instant;
import java.util.UUID;

/** One row of a lead's assignment history (the seed's {@code lead_assignment_history}). */
public record AssignmentRecord(UUID leadId, UUID from, UUID to, UUID by, Instant at) {
}

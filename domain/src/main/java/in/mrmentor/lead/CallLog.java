package in.mrmentor.lead;

import java.time.Instant;
import java.util.UUID;

/** A call a salesperson made (the seed's {@code lead_call_logs}). */
public record CallLog(UUID id, UUID leadId, UUID callerId, CallOutcome outcome, Integer durationSeconds,
                      String notes, Instant at) {
}

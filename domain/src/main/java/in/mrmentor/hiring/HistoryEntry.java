package in.mrmentor.hiring;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of an application: from, to, when, who ("system" or a user id) and why.
 *
 * @param from null for the application's first state
 */
public record HistoryEntry(CandidateStatus from, CandidateStatus to, Instant at, String actor, String reason) {
    public static final String SYSTEM = "system";

    public HistoryEntry {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }

    public boolean bySystem() {
        return SYSTEM.equals(actor);
    }
}

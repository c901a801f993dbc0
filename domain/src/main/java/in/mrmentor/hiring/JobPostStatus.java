package in.mrmentor.hiring;

import java.util.Locale;
import java.util.Set;

/**
 * A job post's lifecycle (seed 003: draft, active, paused, closed): {@code draft -> active},
 * {@code active <-> paused}, and any open state to {@code closed}, which is final. Only an active post
 * is listed publicly and takes applications.
 */
public enum JobPostStatus {
    DRAFT, ACTIVE, PAUSED, CLOSED;

    /** True when the lifecycle allows the move from this state to {@code target}. */
    public boolean canMoveTo(JobPostStatus target) {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE, CLOSED).contains(target);
            case ACTIVE -> Set.of(PAUSED, CLOSED).contains(target);
            case PAUSED -> Set.of(ACTIVE, CLOSED).contains(target);
            case CLOSED -> false;
        };
    }

    /** The spelling on the wire: lower case, as the seed stores it. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package in.mrmentor.kpi;

import in.mrmentor.identity.CountUsersByRole;
import in.mrmentor.mail.CountOutboxByStatus;

import java.time.Clock;
import java.util.Objects;

/**
 * Gathers the figures of every context into one {@link KpiSnapshot}. It only reads, and each
 * count is a fact of its own, so the counts are not taken in one transaction: a figure a moment
 * older than its neighbour is fine on a dashboard refreshed every few minutes.
 */
public final class TakeKpiSnapshot {
    private final CountUsersByRole users;
    private final CountOutboxByStatus outbox;
    private final Clock clock;

    public TakeKpiSnapshot(CountUsersByRole users, CountOutboxByStatus outbox, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public KpiSnapshot take() {
        return new KpiSnapshot(clock.instant(), users.count(), outbox.count());
    }
}

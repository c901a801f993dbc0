package in.mrmentor.kpi.port;

import in.mrmentor.identity.Role;
import in.mrmentor.kpi.KpiSnapshot;
import in.mrmentor.mail.OutboxEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store of KPI snapshots does; run by the in-memory and the Jdbi adapter. */
public abstract class KpiSnapshotsContract {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private KpiSnapshots snapshots;

    protected abstract KpiSnapshots newSnapshots();

    @BeforeEach
    void store() {
        snapshots = newSnapshots();
    }

    private static KpiSnapshot aSnapshot(Instant at, long students, long kept) {
        Map<Role, Long> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            users.put(role, role == Role.USER ? students : 1L);
        }
        Map<OutboxEntry.Status, Long> outbox = new EnumMap<>(OutboxEntry.Status.class);
        for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
            outbox.put(status, status == OutboxEntry.Status.KEPT ? kept : 0L);
        }
        return new KpiSnapshot(at, users, outbox);
    }

    @Test
    void nothingStoredHasNoLatest() {
        assertThat(snapshots.latest()).isEmpty();
    }

    @Test
    void theLatestIsTheOneTakenLastWhateverTheOrderOfSaving() {
        snapshots.save(aSnapshot(T0.plusSeconds(900), 7, 3));
        snapshots.save(aSnapshot(T0, 5, 1));

        KpiSnapshot latest = snapshots.latest().orElseThrow();
        assertThat(latest.takenAt()).isEqualTo(T0.plusSeconds(900));
        assertThat(latest.usersByRole()).containsEntry(Role.USER, 7L).containsEntry(Role.ADMIN, 1L);
        assertThat(latest.outboxByStatus()).containsEntry(OutboxEntry.Status.KEPT, 3L)
                .containsEntry(OutboxEntry.Status.SENT, 0L);
    }

    @Test
    void purgingKeepsTheLatestEvenWhenItIsOld() {
        snapshots.save(aSnapshot(T0, 5, 1));
        snapshots.save(aSnapshot(T0.plusSeconds(60), 6, 1));

        assertThat(snapshots.purgeBefore(T0.plusSeconds(3600))).isPositive();

        assertThat(snapshots.latest().orElseThrow().usersByRole()).containsEntry(Role.USER, 6L);
        assertThat(snapshots.purgeBefore(T0.plusSeconds(3600))).isZero();
    }
}

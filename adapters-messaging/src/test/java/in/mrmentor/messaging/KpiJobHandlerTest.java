package in.mrmentor.messaging;

import in.mrmentor.identity.CountUsersByRole;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.port.memory.InMemoryUsers;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.kpi.KpiSnapshot;
import in.mrmentor.kpi.TakeKpiSnapshot;
import in.mrmentor.mail.CountOutboxByStatus;
import in.mrmentor.mail.OutboxEntry.Status;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.memory.InMemoryOutboxStore;
import in.mrmentor.shared.port.Ids;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static in.mrmentor.identity.IdentityTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The KPI job over the in-memory users and outbox. */
class KpiJobHandlerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock, Ids.random());
    private final TakeKpiSnapshot takeSnapshot =
            new TakeKpiSnapshot(new CountUsersByRole(users), new CountOutboxByStatus(outbox), clock);
    private final List<KpiSnapshot> published = new ArrayList<>();

    private static Job aKpiJob() {
        return new Job(UUID.randomUUID(), JobType.KPI, "{}", 1, NOW);
    }

    private void addUser(Role role) {
        users.add(aUser().withRole(role).build());
    }

    @Test
    void eachJobPublishesASnapshotOfUsersPerRoleAndOutboxMessagesPerStatus() {
        addUser(Role.USER);
        addUser(Role.USER);
        addUser(Role.EXPERT);
        outbox.add(new OutgoingEmail("a@example.in", "Hi", "Text", null));
        outbox.markKept(outbox.add(new OutgoingEmail("b@example.in", "Hi", "Text", null)));

        new KpiJobHandler(takeSnapshot, published::add).handle(aKpiJob());

        assertThat(published).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.takenAt()).isEqualTo(NOW);
            assertThat(snapshot.usersByRole()).isEqualTo(Map.of(
                    Role.USER, 2L, Role.EXPERT, 1L, Role.SALES, 0L, Role.RECRUITER, 0L, Role.ADMIN, 0L,
                    Role.SUPERADMIN, 0L));
            assertThat(snapshot.totalUsers()).isEqualTo(3);
            assertThat(snapshot.outboxByStatus()).isEqualTo(Map.of(
                    Status.PENDING, 1L, Status.KEPT, 1L, Status.SENT, 0L, Status.FAILED, 0L));
        });
    }

    @Test
    void anEmptyPlatformStillPublishesEveryFigureAsZero() {
        new KpiJobHandler(takeSnapshot, published::add).handle(aKpiJob());

        assertThat(published).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.usersByRole()).containsOnlyKeys(Role.values());
            assertThat(snapshot.outboxByStatus()).containsOnlyKeys(Status.values());
            assertThat(snapshot.totalUsers()).isZero();
        });
    }

    @Test
    void aPublisherThatThrowsFailsTheJobSoItIsRetried() {
        var handler = new KpiJobHandler(takeSnapshot, snapshot -> {
            throw new IllegalStateException("registry closed");
        });

        assertThatThrownBy(() -> handler.handle(aKpiJob())).hasMessage("registry closed");
    }

    @Test
    void aSnapshotMissingAFigureIsRefused() {
        assertThatThrownBy(() -> new KpiSnapshot(NOW, Map.of(Role.USER, 1L), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usersByRole");
    }

    @Test
    void theScheduleIsTheKpiTypeUnderOneSharedName() {
        assertThat(KpiJobHandler.every(Duration.ofMinutes(15)))
                .isEqualTo(new RecurringJob("kpi", JobType.KPI, "{}", Duration.ofMinutes(15)));
    }
}

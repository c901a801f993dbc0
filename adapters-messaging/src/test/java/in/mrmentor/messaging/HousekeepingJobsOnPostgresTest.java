package in.mrmentor.messaging;

import in.mrmentor.identity.CountUsersByRole;
import in.mrmentor.identity.LoginThrottle;
import in.mrmentor.identity.PurgeStaleSessions;
import in.mrmentor.identity.RefreshToken;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.TokenDigest;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.JobType;
import in.mrmentor.kpi.KpiSnapshot;
import in.mrmentor.kpi.TakeKpiSnapshot;
import in.mrmentor.mail.CountOutboxByStatus;
import in.mrmentor.mail.OutboxEntry.Status;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.messaging.postgres.PostgresJobQueue;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.identity.JdbiLoginAttempts;
import in.mrmentor.persistence.identity.JdbiOneTimeCodes;
import in.mrmentor.persistence.identity.JdbiRefreshTokens;
import in.mrmentor.persistence.identity.JdbiUsers;
import in.mrmentor.persistence.mail.JdbiOutboxStore;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.testing.Eventually;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static in.mrmentor.identity.IdentityTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

/** The recurring cleanup and KPI jobs on the real PostgreSQL queue and the Jdbi stores, wired as bootstrap will. */
class HousekeepingJobsOnPostgresTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final MovableClock clock = new MovableClock();
    private Database database;
    private JdbiUsers users;
    private JdbiRefreshTokens refreshTokens;
    private PostgresJobQueue queue;

    @BeforeEach
    void setUp() {
        database = TestPostgres.get().freshDatabase();
        users = new JdbiUsers(database.jdbi());
        refreshTokens = new JdbiRefreshTokens(database.jdbi());
        queue = new PostgresJobQueue(database.jdbi(), new JobQueueSettings(Duration.ofMillis(50), Duration.ofSeconds(5),
                Duration.ofMillis(200), Duration.ofSeconds(1)), clock, Ids.random());
    }

    @AfterEach
    void tearDown() {
        queue.workers().stop(Duration.ofSeconds(5));
        database.close();
    }

    private UUID aUserOf(Role role) {
        var user = aUser().withRole(role).build();
        users.add(user);
        return user.id();
    }

    /** A one-token family whose token expired {@code ago} before now (a negative age: still valid). */
    private RefreshToken addTokenExpired(UUID userId, Duration ago) {
        var expiresAt = clock.instant().truncatedTo(ChronoUnit.MICROS).minus(ago);
        var token = RefreshToken.issue(UUID.randomUUID(), userId, UUID.randomUUID(),
                TokenDigest.sha256Hex(UUID.randomUUID().toString()), expiresAt.minus(Duration.ofDays(7)), expiresAt);
        refreshTokens.add(token);
        return token;
    }

    private boolean isGone(RefreshToken token) {
        return refreshTokens.family(token.familyId()).isEmpty();
    }

    @Test
    void theCleanupScheduleFiresOnStartAndAgainEachIntervalPurgingStaleSessions() {
        var purge = new PurgeStaleSessions(refreshTokens, new JdbiLoginAttempts(database.jdbi()),
                new JdbiOneTimeCodes(database.jdbi()), new JdbiTransactions(database.jdbi()), clock,
                LoginThrottle.defaults(), PurgeStaleSessions.Retention.defaults());
        var handler = new CleanupJobHandler(List.of(Housekeeping.of("identity", () -> purge.purge().byKind())));
        UUID asha = aUserOf(Role.USER);
        var stale = addTokenExpired(asha, Duration.ofDays(31));
        var recent = addTokenExpired(asha, Duration.ofDays(29).plusHours(12));
        var live = addTokenExpired(asha, Duration.ofDays(-3));

        queue.workers().register(JobType.CLEANUP, handler, HandlerOptions.of(1, 3));
        queue.workers().schedule(CleanupJobHandler.every(Duration.ofHours(24)));
        queue.workers().start();

        Eventually.await("the first cleanup purges the stale family", WAIT, () -> isGone(stale));
        assertThat(isGone(recent)).isFalse();
        assertThat(isGone(live)).isFalse();

        clock.advance(Duration.ofHours(24));
        Eventually.await("a day later the next cleanup purges what has aged out since", WAIT, () -> isGone(recent));
        assertThat(isGone(live)).isFalse();
    }

    @Test
    void theKpiScheduleFiresOnStartAndAgainEachIntervalPublishingFreshCounts() {
        var outbox = new JdbiOutboxStore(database.jdbi(), clock, Ids.random());
        var takeSnapshot = new TakeKpiSnapshot(new CountUsersByRole(users), new CountOutboxByStatus(outbox), clock);
        List<KpiSnapshot> published = new CopyOnWriteArrayList<>();
        aUserOf(Role.USER);
        aUserOf(Role.EXPERT);
        outbox.add(new OutgoingEmail("asha@example.in", "Hi", "Text", null));

        queue.workers().register(JobType.KPI, new KpiJobHandler(takeSnapshot, published::add), HandlerOptions.of(1, 3));
        queue.workers().schedule(KpiJobHandler.every(Duration.ofMinutes(15)));
        queue.workers().start();

        Eventually.await("the first snapshot is published", WAIT, () -> published.size() == 1);
        assertThat(published.get(0).usersByRole()).containsEntry(Role.USER, 1L).containsEntry(Role.EXPERT, 1L)
                .containsEntry(Role.ADMIN, 0L);
        assertThat(published.get(0).outboxByStatus()).containsEntry(Status.PENDING, 1L);

        aUserOf(Role.USER);
        clock.advance(Duration.ofMinutes(15));
        Eventually.await("the next interval's snapshot is published", WAIT, () -> published.size() == 2);
        assertThat(published.get(1).usersByRole()).containsEntry(Role.USER, 2L);
        assertThat(published).hasSize(2);
    }
}

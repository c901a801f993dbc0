package in.mrmentor.messaging;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.LoginThrottle;
import in.mrmentor.identity.OneTimeCode;
import in.mrmentor.identity.PasswordHash;
import in.mrmentor.identity.PurgeStaleSessions;
import in.mrmentor.identity.RefreshToken;
import in.mrmentor.identity.TokenDigest;
import in.mrmentor.identity.port.memory.InMemoryLoginAttempts;
import in.mrmentor.identity.port.memory.InMemoryOneTimeCodes;
import in.mrmentor.identity.port.memory.InMemoryRefreshTokens;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cleanup job over the in-memory identity stores, with the identity purge adapted as bootstrap will. */
class CleanupJobHandlerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryRefreshTokens refreshTokens = transactions.enlist(new InMemoryRefreshTokens());
    private final InMemoryLoginAttempts attempts = transactions.enlist(new InMemoryLoginAttempts());
    private final InMemoryOneTimeCodes codes = transactions.enlist(new InMemoryOneTimeCodes());
    private final PurgeStaleSessions purge = new PurgeStaleSessions(refreshTokens, attempts, codes, transactions, clock,
            LoginThrottle.defaults(), PurgeStaleSessions.Retention.defaults());
    private final Housekeeping identity = Housekeeping.of("identity", () -> purge.purge().byKind());

    private static Job aCleanupJob() {
        return new Job(UUID.randomUUID(), JobType.CLEANUP, "{}", 1, NOW);
    }

    private static RefreshToken tokenExpiring(Instant expiresAt) {
        return RefreshToken.issue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                TokenDigest.sha256Hex(UUID.randomUUID().toString()), expiresAt.minus(Duration.ofDays(7)), expiresAt);
    }

    private static OneTimeCode codeIssued(String email, Instant at) {
        return OneTimeCode.issue(UUID.randomUUID(), Email.of(email), new PasswordHash("$2a$04$hash"), at);
    }

    @Test
    void aCleanupJobPurgesStaleSignInRowsAndKeepsLiveOnes() {
        var stale = tokenExpiring(NOW.minus(Duration.ofDays(40)));
        var live = tokenExpiring(NOW.plus(Duration.ofDays(3)));
        refreshTokens.add(stale);
        refreshTokens.add(live);
        attempts.recordFailure("asha@example.in", NOW.minus(Duration.ofDays(3)));
        attempts.recordFailure("asha@example.in", NOW.minus(Duration.ofMinutes(1)));
        codes.put(codeIssued("asha@example.in", NOW.minus(Duration.ofDays(2))));
        codes.put(codeIssued("bala@example.in", NOW.minus(Duration.ofMinutes(1))));

        new CleanupJobHandler(List.of(identity)).handle(aCleanupJob());

        assertThat(refreshTokens.family(stale.familyId())).isEmpty();
        assertThat(refreshTokens.family(live.familyId())).containsExactly(live);
        assertThat(attempts.failuresSince("asha@example.in", Instant.EPOCH))
                .containsExactly(NOW.minus(Duration.ofMinutes(1)));
        assertThat(codes.lockFor(Email.of("asha@example.in"))).isEmpty();
        assertThat(codes.lockFor(Email.of("bala@example.in"))).isPresent();
    }

    @Test
    void aFailingTaskDoesNotStopTheOthersAndFailsTheJobSoItIsRetried() {
        List<String> ran = new ArrayList<>();
        var first = Housekeeping.of("first", () -> {
            ran.add("first");
            throw new IllegalStateException("disk full");
        });
        var second = Housekeeping.of("second", () -> {
            ran.add("second");
            return Map.of("rows", 3L);
        });

        assertThatThrownBy(() -> new CleanupJobHandler(List.of(first, second)).handle(aCleanupJob()))
                .isInstanceOf(CleanupJobHandler.CleanupFailedException.class)
                .hasMessageContaining("first")
                .hasMessageContaining("disk full")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .isInstanceOf(IllegalStateException.class));
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void aTaskThatAnswersNoCountsIsAFailure() {
        var silent = Housekeeping.of("silent", () -> null);

        assertThatThrownBy(() -> new CleanupJobHandler(List.of(silent)).handle(aCleanupJob()))
                .hasMessageContaining("silent");
    }

    @Test
    void withNoTasksTheJobSucceeds() {
        new CleanupJobHandler(List.of()).handle(aCleanupJob());
    }

    @Test
    void twoTasksCannotShareAName() {
        var task = Housekeeping.of("identity", Map::of);

        assertThatThrownBy(() -> new CleanupJobHandler(List.of(task, Housekeeping.of("identity", Map::of))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScheduleIsTheCleanupTypeUnderOneSharedName() {
        assertThat(CleanupJobHandler.every(Duration.ofHours(24)))
                .isEqualTo(new RecurringJob("cleanup", JobType.CLEANUP, "{}", Duration.ofHours(24)));
    }
}

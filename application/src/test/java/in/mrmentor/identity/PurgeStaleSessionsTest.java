package in.mrmentor.identity;

import in.mrmentor.identity.PurgeStaleSessions.Purged;
import in.mrmentor.identity.PurgeStaleSessions.Retention;
import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.shared.DomainException;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cleanup job's identity task, driven through the sign-in use cases over the in-memory stores. */
class PurgeStaleSessionsTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Duration TOKEN_RETENTION = Retention.defaults().refreshTokensAfterExpiry();
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00.250Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock);

    private Purged purge() {
        return kit.purgeStaleSessions.purge();
    }

    private Session refresh(String token) {
        return kit.refreshSession.refresh(new RefreshSession.Command(token));
    }

    private void failToLogIn() {
        assertThatThrownBy(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", "wrong password")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void nothingLiveIsPurgedAndTheSessionStillRefreshes() {
        var session = kit.signUp("asha@example.in", PASSWORD);
        failToLogIn();
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));

        assertThat(purge()).isEqualTo(new Purged(0, 0, 0));

        assertThat(refresh(session.refreshToken())).isNotNull();
    }

    @Test
    void aSessionIdlePastItsExpiryAndTheRetentionGoesWithEveryTokenOfItsFamily() {
        var first = kit.signUp("asha@example.in", PASSWORD);
        var second = refresh(first.refreshToken());
        clock.advance(kit.refreshTtl().plus(TOKEN_RETENTION).plusSeconds(1));

        assertThat(purge().refreshTokens()).isEqualTo(2);

        assertThat(kit.stores.refreshTokens().lockByHash(TokenDigest.sha256Hex(second.refreshToken()))).isEmpty();
        assertThatThrownBy(() -> refresh(second.refreshToken()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("UNAUTHENTICATED"));
    }

    @Test
    void aSessionExpiredNoLongerThanTheRetentionIsKept() {
        kit.signUp("asha@example.in", PASSWORD);
        clock.advance(kit.refreshTtl().plus(TOKEN_RETENTION));

        assertThat(purge().refreshTokens()).isZero();
    }

    @Test
    void aUsedTokenOfALongLivedSessionStaysSoItsReuseStillEndsTheSession() {
        var first = kit.signUp("asha@example.in", PASSWORD);
        var current = refresh(first.refreshToken());
        // Keep the session alive by refreshing well inside each token's life, far beyond the first one's retention.
        for (int week = 0; week < 8; week++) {
            clock.advance(Duration.ofDays(6));
            current = refresh(current.refreshToken());
        }

        purge();

        assertThatThrownBy(() -> refresh(first.refreshToken()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("REFRESH_TOKEN_REUSED"));
    }

    @Test
    void failedSignInsGoOnceTheyAreADayOutsideTheThrottleWindow() {
        kit.signUp("asha@example.in", PASSWORD);
        failToLogIn();
        failToLogIn();
        var window = LoginThrottle.defaults().window();
        clock.advance(window.plus(Duration.ofDays(1)));

        assertThat(purge().loginAttempts()).as("exactly at the retention edge").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(purge().loginAttempts()).isEqualTo(2);
    }

    @Test
    void aLockedAddressStaysLockedThroughAPurge() {
        kit.signUp("asha@example.in", PASSWORD);
        for (int i = 0; i < LoginThrottle.DEFAULT_MAX_ATTEMPTS; i++) {
            failToLogIn();
        }

        assertThat(purge().loginAttempts()).isZero();

        assertThatThrownBy(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("TOO_MANY_ATTEMPTS"));
    }

    @Test
    void aMailedCodeGoesADayAfterItExpired() {
        kit.signUp("asha@example.in", PASSWORD);
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        clock.advance(OneTimeCode.VALIDITY.plus(Duration.ofDays(1)).plusSeconds(1));

        assertThat(purge()).isEqualTo(new Purged(0, 0, 1));
        assertThat(kit.stores.transactions().inTransaction(
                () -> kit.stores.codes().lockFor(Email.of("asha@example.in")))).isEmpty();
    }

    @Test
    void theRetentionIsConfigurable() {
        var purgeAtOnce = new PurgeStaleSessions(kit.stores.refreshTokens(), kit.stores.attempts(), kit.stores.codes(),
                kit.stores.transactions(), clock, LoginThrottle.defaults(),
                new Retention(Duration.ZERO, Duration.ZERO, Duration.ZERO));
        kit.signUp("asha@example.in", PASSWORD);
        failToLogIn();
        kit.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        clock.advance(kit.refreshTtl().plusSeconds(1));

        assertThat(purgeAtOnce.purge()).isEqualTo(new Purged(1, 1, 1));
    }

    @Test
    void theWholePurgeIsOneUnitOfWork() {
        OneTimeCodes broken = new OneTimeCodes() {
            @Override
            public void put(OneTimeCode code) {
            }

            @Override
            public Optional<OneTimeCode> lockFor(Email email, OneTimeCode.Purpose purpose) {
                return Optional.empty();
            }

            @Override
            public boolean update(OneTimeCode code) {
                return false;
            }

            @Override
            public void remove(UUID id) {
            }

            @Override
            public long purgeExpiredBefore(Instant cutoff) {
                throw new IllegalStateException("the database went away");
            }
        };
        var purge = new PurgeStaleSessions(kit.stores.refreshTokens(), kit.stores.attempts(), broken,
                kit.stores.transactions(), clock, LoginThrottle.defaults(), Retention.defaults());
        var session = kit.signUp("asha@example.in", PASSWORD);
        clock.advance(kit.refreshTtl().plus(TOKEN_RETENTION).plusSeconds(1));

        assertThatThrownBy(purge::purge).hasMessage("the database went away");

        assertThat(kit.stores.refreshTokens().lockByHash(TokenDigest.sha256Hex(session.refreshToken()))).isPresent();
    }

    @Test
    void aRetentionIsNeverNegative() {
        assertThatThrownBy(() -> new Retention(Duration.ofDays(-1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportListsEachKindInAStableOrder() {
        assertThat(new Purged(3, 2, 1).byKind())
                .containsExactly(Map.entry("refreshTokens", 3L), Map.entry("loginAttempts", 2L),
                        Map.entry("oneTimeCodes", 1L));
    }
}

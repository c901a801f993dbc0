package in.mrmentor.identity;

import in.mrmentor.shared.DomainException;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refresh rotation and reuse, logout, password change and access-token acceptance. */
class SessionsTest {
    private static final String PASSWORD = "correct horse battery";
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00.250Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock);

    private Session refresh(String token) {
        return kit.refreshSession.refresh(new RefreshSession.Command(token));
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aRefreshTokenTradesForANewPairOnce() {
        var first = kit.signUp("asha@example.in", PASSWORD);

        var second = refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(kit.authenticate.authenticate(second.accessToken()).userId()).isEqualTo(first.user().id());
        assertThat(refresh(second.refreshToken())).isNotNull();
    }

    @Test
    void presentingAUsedTokenEndsTheWholeFamily() {
        var first = kit.signUp("asha@example.in", PASSWORD);
        var second = refresh(first.refreshToken());

        assertRefused(() -> refresh(first.refreshToken()), "REFRESH_TOKEN_REUSED");

        assertRefused(() -> refresh(second.refreshToken()), "UNAUTHENTICATED");
    }

    @Test
    void reuseInOneFamilyLeavesTheUsersOtherSessionsAlone() {
        var phone = kit.signUp("asha@example.in", PASSWORD);
        var laptop = kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD));
        refresh(phone.refreshToken());

        assertRefused(() -> refresh(phone.refreshToken()), "REFRESH_TOKEN_REUSED");

        assertThat(refresh(laptop.refreshToken())).isNotNull();
    }

    @Test
    void unknownAndExpiredTokensAreUnauthenticated() {
        var session = kit.signUp("asha@example.in", PASSWORD);
        assertRefused(() -> refresh("never-issued"), "UNAUTHENTICATED");

        clock.advance(kit.refreshTtl());

        assertRefused(() -> refresh(session.refreshToken()), "UNAUTHENTICATED");
    }

    @Test
    void loggingOutEndsTheSession() {
        var session = kit.signUp("asha@example.in", PASSWORD);

        kit.logOut.logOut(session.user().id(), new LogOut.Command(session.refreshToken()));

        assertRefused(() -> refresh(session.refreshToken()), "UNAUTHENTICATED");
        assertThat(kit.stores.logs().newestFor("asha@example.in", 1)).extracting(LoginLog::event)
                .containsExactly(LoginEvent.LOGOUT);
    }

    @Test
    void nobodyCanLogOutSomeoneElse() {
        var asha = kit.signUp("asha@example.in", PASSWORD);
        var ravi = kit.signUp("ravi@example.in", PASSWORD);

        kit.logOut.logOut(ravi.user().id(), new LogOut.Command(asha.refreshToken()));

        assertThat(refresh(asha.refreshToken())).isNotNull();
    }

    @Test
    void changingThePasswordVoidsOlderAccessTokensAndEverySession() {
        var session = kit.signUp("asha@example.in", PASSWORD);
        clock.advance(Duration.ofSeconds(5));

        kit.changePassword.change(session.user().id(), new ChangePassword.Command(PASSWORD, "a brand new secret"));

        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
        assertRefused(() -> refresh(session.refreshToken()), "UNAUTHENTICATED");
        assertRefused(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD)), "INVALID_CREDENTIALS");
        var fresh = kit.logIn.logIn(new LogIn.Command("asha@example.in", "a brand new secret"));
        assertThat(kit.authenticate.authenticate(fresh.accessToken()).userId()).isEqualTo(session.user().id());
    }

    @Test
    void aTokenIssuedEarlierInTheSameSecondAsTheChangeIsRefused() {
        // Issue 11 item 1: the seed compared whole seconds, so this token outlived the change.
        clock.advance(Duration.ofMillis(1_000 - clock.instant().toEpochMilli() % 1_000));
        var session = kit.signUp("asha@example.in", PASSWORD);
        clock.advance(Duration.ofMillis(300));

        kit.changePassword.change(session.user().id(), new ChangePassword.Command(PASSWORD, "a brand new secret"));

        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
    }

    @Test
    void aTokenIssuedInTheSecondOfTheChangeStillWorks() {
        var session = kit.signUp("asha@example.in", PASSWORD);
        clock.advance(Duration.ofSeconds(5));
        kit.changePassword.change(session.user().id(), new ChangePassword.Command(PASSWORD, "a brand new secret"));
        clock.advance(Duration.ofMillis(300));

        var fresh = kit.logIn.logIn(new LogIn.Command("asha@example.in", "a brand new secret"));

        assertThat(kit.authenticate.authenticate(fresh.accessToken())).isNotNull();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        var session = kit.signUp("asha@example.in", PASSWORD);

        assertRefused(() -> kit.changePassword.change(session.user().id(),
                new ChangePassword.Command("not my password", "a brand new secret")), "INVALID_CURRENT_PASSWORD");

        assertThat(kit.authenticate.authenticate(session.accessToken())).isNotNull();
    }

    @Test
    void garbageAndTokensOfVanishedUsersAreUnauthenticated() {
        assertRefused(() -> kit.authenticate.authenticate("garbage"), "UNAUTHENTICATED");
        assertRefused(() -> kit.authenticate.authenticate(" "), "UNAUTHENTICATED");
        var orphan = kit.accessTokens.issue(UUID.randomUUID(), Role.ADMIN, 0);
        assertRefused(() -> kit.authenticate.authenticate(orphan.token()), "UNAUTHENTICATED");
    }

    @Test
    void aRoleChangeEndsTheOlderTokenAndTheNextSignInSpeaksWithTheNewRole() {
        // API.md: changing the role ends every token of that user at once (it used to keep working with the new role).
        var session = kit.signUp("asha@example.in", PASSWORD);
        var user = kit.stores.users().findById(session.user().id()).orElseThrow();
        kit.stores.users().replace(new User(user.id(), user.email(), user.name(), null, Role.EXPERT,
                user.passwordHash(), user.passwordChangedAt(), user.createdAt(), true, user.credentialVersion()));

        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
        var fresh = kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD));
        assertThat(kit.authenticate.authenticate(fresh.accessToken()).role()).isEqualTo(Role.EXPERT);
        assertThat(kit.showCurrentUser.show(user.id()).role()).isEqualTo(Role.EXPERT);
    }
}

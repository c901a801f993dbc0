package in.mrmentor.identity;

import in.mrmentor.shared.DomainException;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deactivation, role changes and unlocking: the rules the CLI and the admin route share. */
class ChangingAccountsTest {
    private static final String PASSWORD = "correct horse battery";
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock);

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private UserView create(String email, Role role) {
        clock.advance(Duration.ofSeconds(1));
        return kit.createUser.create(Role.SUPERADMIN, new CreateUser.Command(email, PASSWORD, "Name", role, null));
    }

    @Test
    void deactivatingEndsEveryTokenAtOnceAndBarsSignIn() {
        var student = create("asha@example.in", Role.USER);
        Session session = kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD));
        assertThat(kit.authenticate.authenticate(session.accessToken()).userId()).isEqualTo(student.id());

        var changed = kit.changeUserAccess.change(Role.SUPERADMIN, student.id(), new ChangeUserAccess.Command(false, null, null));

        assertThat(changed.active()).isFalse();
        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
        assertRefused(() -> kit.refreshSession.refresh(new RefreshSession.Command(session.refreshToken())),
                "UNAUTHENTICATED");
        assertRefused(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD)), "INVALID_CREDENTIALS");

        var active = kit.changeUserAccess.change(Role.SUPERADMIN, student.id(), new ChangeUserAccess.Command(true, null, null));
        assertThat(active.active()).isTrue();
        assertThat(kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD)).user().id()).isEqualTo(student.id());
    }

    @Test
    void aRoleChangeEndsTheTokensOfTheOldRole() {
        var mentor = create("meera@example.in", Role.USER);
        Session session = kit.logIn.logIn(new LogIn.Command("meera@example.in", PASSWORD));

        var changed = kit.changeUserAccess.change(Role.SUPERADMIN, mentor.id(), new ChangeUserAccess.Command(null, Role.EXPERT, null));

        assertThat(changed.role()).isEqualTo(Role.EXPERT);
        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
        assertThat(kit.showUser.byEmail("MEERA@example.in").role()).isEqualTo(Role.EXPERT);
    }

    @Test
    void onlyASuperadminTouchesAdministrators() {
        var admin = create("admin@example.in", Role.ADMIN);
        var other = create("admin2@example.in", Role.ADMIN);
        var student = create("s@example.in", Role.USER);
        Role anAdmin = Role.ADMIN;

        assertRefused(() -> kit.changeUserAccess.change(anAdmin, other.id(), new ChangeUserAccess.Command(false, null, null)), "FORBIDDEN");
        assertRefused(() -> kit.changeUserAccess.change(anAdmin, student.id(), new ChangeUserAccess.Command(null, Role.ADMIN, null)), "FORBIDDEN");
        assertRefused(() -> kit.changeUserAccess.change(anAdmin, admin.id(), new ChangeUserAccess.Command(false, null, null)), "FORBIDDEN");

        assertThat(kit.changeUserAccess.change(anAdmin, student.id(), new ChangeUserAccess.Command(null, Role.SALES, null)).role())
                .isEqualTo(Role.SALES);
        assertThat(kit.changeUserAccess.change(Role.SUPERADMIN, other.id(), new ChangeUserAccess.Command(false, null, null)).active())
                .isFalse();
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertRefused(() -> kit.changeUserAccess.change(Role.SUPERADMIN, UUID.randomUUID(), new ChangeUserAccess.Command(false, null, null)),
                "USER_NOT_FOUND");
        assertRefused(() -> kit.showUser.byEmail("nobody@example.in"), "USER_NOT_FOUND");
        assertRefused(() -> kit.showUser.byEmail("not an address"), "VALIDATION_FAILED");
    }

    @Test
    void unlockingForgetsTheFailuresSoTheRightPasswordWorksAgain() {
        create("locked@example.in", Role.USER);
        for (int i = 0; i < 5; i++) {
            assertRefused(() -> kit.logIn.logIn(new LogIn.Command("locked@example.in", "wrong password!")),
                    "INVALID_CREDENTIALS");
        }
        assertThatThrownBy(() -> kit.logIn.logIn(new LogIn.Command("locked@example.in", PASSWORD)))
                .isInstanceOf(TooManyAttemptsException.class);

        assertThat(kit.unlockLogin.unlock("Locked@Example.in")).isEqualTo(5);

        assertThat(kit.logIn.logIn(new LogIn.Command("locked@example.in", PASSWORD)).user().email())
                .isEqualTo("locked@example.in");
        assertThat(kit.unlockLogin.unlock("locked@example.in")).isZero();
    }
}

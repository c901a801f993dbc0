package in.mrmentor.identity;

import in.mrmentor.shared.DomainException;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ChangeUserAccess}: the rule behind {@code PATCH /api/admin/users/{id}} and {@code mas users ...}. */
class ChangeUserAccessTest {
    private static final String PASSWORD = "correct horse battery";
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock);

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private UserView create(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.in";
        return kit.createUser.create(Role.SUPERADMIN, new CreateUser.Command(email, PASSWORD, "Someone", role, null));
    }

    private Session signIn(UserView user) {
        return kit.logIn.logIn(new LogIn.Command(user.email(), PASSWORD));
    }

    private UserView change(Role actor, UserView target, Boolean active, Role role, String name) {
        return kit.changeUserAccess.change(actor, target.id(), new ChangeUserAccess.Command(active, role, name));
    }

    @Test
    void deactivatingEndsTheAccessAndRefreshTokensAtOnce() {
        var student = create(Role.USER);
        var session = signIn(student);

        var changed = change(Role.ADMIN, student, false, null, null);

        assertThat(changed.active()).isFalse();
        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
        assertThatThrownBy(() -> kit.refreshSession.refresh(new RefreshSession.Command(session.refreshToken())))
                .isInstanceOf(DomainException.class);
        assertRefused(() -> signIn(student), "INVALID_CREDENTIALS");
    }

    @Test
    void reactivatingLetsTheUserSignInAgain() {
        var student = create(Role.USER);
        change(Role.ADMIN, student, false, null, null);

        change(Role.ADMIN, student, true, null, null);

        assertThat(kit.authenticate.authenticate(signIn(student).accessToken()).role()).isEqualTo(Role.USER);
    }

    @Test
    void aRoleChangeEndsTheTokensIssuedUnderTheOldRole() {
        var student = create(Role.USER);
        var session = signIn(student);

        assertThat(change(Role.ADMIN, student, null, Role.EXPERT, null).role()).isEqualTo(Role.EXPERT);

        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
        assertThat(kit.authenticate.authenticate(signIn(student).accessToken()).role()).isEqualTo(Role.EXPERT);
    }

    @Test
    void aNewNameAloneKeepsEveryToken() {
        var student = create(Role.USER);
        var session = signIn(student);

        assertThat(change(Role.ADMIN, student, null, null, "  Asha R.  ").name()).isEqualTo("Asha R.");

        assertThat(kit.authenticate.authenticate(session.accessToken()).userId()).isEqualTo(student.id());
    }

    @Test
    void anAdminMayNeitherGrantNorRemoveNorTouchAdministratorAccounts() {
        var student = create(Role.USER);
        var admin = create(Role.ADMIN);
        var superadmin = create(Role.SUPERADMIN);

        assertRefused(() -> change(Role.ADMIN, student, null, Role.ADMIN, null), "FORBIDDEN");
        assertRefused(() -> change(Role.ADMIN, student, null, Role.SUPERADMIN, null), "FORBIDDEN");
        assertRefused(() -> change(Role.ADMIN, admin, null, Role.USER, null), "FORBIDDEN");
        assertRefused(() -> change(Role.ADMIN, admin, false, null, null), "FORBIDDEN");
        assertRefused(() -> change(Role.ADMIN, superadmin, false, null, null), "FORBIDDEN");
        assertRefused(() -> change(Role.EXPERT, student, false, null, null), "FORBIDDEN");
        assertThat(kit.stores.users().findById(student.id()).orElseThrow().role()).isEqualTo(Role.USER);
    }

    @Test
    void aSuperadminMayGrantAndRemoveAdministration() {
        var student = create(Role.USER);
        create(Role.SUPERADMIN);

        assertThat(change(Role.SUPERADMIN, student, null, Role.ADMIN, null).role()).isEqualTo(Role.ADMIN);
        assertThat(change(Role.SUPERADMIN, student, null, Role.USER, null).role()).isEqualTo(Role.USER);
    }

    @Test
    void theLastActiveSuperadminCanBeNeitherDeactivatedNorDemoted() {
        var only = create(Role.SUPERADMIN);
        create(Role.SUPERADMIN);
        var second = kit.listUsers.list(new ListUsers.Query(Role.SUPERADMIN, 10, null)).items().stream()
                .filter(user -> !user.id().equals(only.id())).findFirst().orElseThrow();
        change(Role.SUPERADMIN, second, false, null, null);

        assertRefused(() -> change(Role.SUPERADMIN, only, false, null, null), "LAST_SUPERADMIN");
        assertRefused(() -> change(Role.SUPERADMIN, only, null, Role.ADMIN, null), "LAST_SUPERADMIN");
        assertThat(kit.authenticate.authenticate(signIn(only).accessToken()).role()).isEqualTo(Role.SUPERADMIN);

        change(Role.SUPERADMIN, second, true, null, null);
        assertThat(change(Role.SUPERADMIN, only, false, null, null).active()).as("another one is active again").isFalse();
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertRefused(() -> kit.changeUserAccess.change(Role.SUPERADMIN, UUID.randomUUID(),
                new ChangeUserAccess.Command(false, null, null)), "USER_NOT_FOUND");
    }

    @Test
    void aBlankNameIsRefused() {
        assertRefused(() -> new ChangeUserAccess.Command(null, null, "  "), "VALIDATION_FAILED");
    }
}

package in.mrmentor.identity;

import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.shared.DomainException;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministeringUsersTest {
    private static final String PASSWORD = "correct horse battery";
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock);

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private UserView create(Role actor, String email, Role role) {
        clock.advance(Duration.ofSeconds(1));
        return kit.createUser.create(actor, new CreateUser.Command(email, PASSWORD, "Name", role, null));
    }

    @Test
    void anAdminCreatesEverydayAccounts() {
        var mentor = create(Role.ADMIN, "Mentor@Example.in", Role.EXPERT);

        assertThat(mentor.email()).isEqualTo("mentor@example.in");
        assertThat(mentor.role()).isEqualTo(Role.EXPERT);
        assertThat(kit.logIn.logIn(new LogIn.Command("mentor@example.in", PASSWORD)).user().id()).isEqualTo(mentor.id());
        assertThat(kit.newUsers).contains(new NewUserHook.NewUser(mentor.id(), Role.EXPERT, NewUserHook.Origin.ADMIN));
    }

    @Test
    void onlyASuperadminCreatesAdministrators() {
        assertRefused(() -> create(Role.ADMIN, "admin2@example.in", Role.ADMIN), "FORBIDDEN");
        assertRefused(() -> create(Role.ADMIN, "root2@example.in", Role.SUPERADMIN), "FORBIDDEN");
        assertRefused(() -> create(Role.USER, "x@example.in", Role.USER), "FORBIDDEN");

        assertThat(create(Role.SUPERADMIN, "admin2@example.in", Role.ADMIN).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void creatingATakenAddressIsAConflict() {
        kit.signUp("asha@example.in", PASSWORD);

        assertRefused(() -> create(Role.ADMIN, "ASHA@example.in", Role.SALES), "EMAIL_TAKEN");
    }

    @Test
    void usersAreListedByRoleAPageAtATime() {
        var a = create(Role.ADMIN, "a@example.in", Role.EXPERT);
        create(Role.ADMIN, "b@example.in", Role.SALES);
        var c = create(Role.ADMIN, "c@example.in", Role.EXPERT);
        var d = create(Role.ADMIN, "d@example.in", Role.EXPERT);

        var first = kit.listUsers.list(new ListUsers.Query(Role.EXPERT, 2, null));
        assertThat(first.items()).extracting(UserView::id).containsExactly(a.id(), c.id());
        assertThat(first.nextCursor()).isNotNull();

        var second = kit.listUsers.list(new ListUsers.Query(Role.EXPERT, 2, first.nextCursor()));
        assertThat(second.items()).extracting(UserView::id).containsExactly(d.id());
        assertThat(second.nextCursor()).isNull();

        assertThat(kit.listUsers.list(new ListUsers.Query(null, ListUsers.DEFAULT_LIMIT, null)).items()).hasSize(4);
    }

    @Test
    void aBadLimitOrCursorIsAValidationError() {
        assertRefused(() -> new ListUsers.Query(null, 201, null), "VALIDATION_FAILED");
        assertRefused(() -> new ListUsers.Query(null, 0, null), "VALIDATION_FAILED");
        assertRefused(() -> new ListUsers.Query(null, ListUsers.DEFAULT_LIMIT, "bm9wZQ"), "VALIDATION_FAILED");
    }

    @Test
    void resettingAPasswordEndsEverySessionAndTheNewOneWorks() {
        var session = kit.signUp("asha@example.in", PASSWORD);
        clock.advance(Duration.ofSeconds(2));

        kit.resetPassword.reset(new ResetPassword.Command("ASHA@example.in", "reset by an operator"));

        assertRefused(() -> kit.authenticate.authenticate(session.accessToken()), "UNAUTHENTICATED");
        assertRefused(() -> kit.refreshSession.refresh(new RefreshSession.Command(session.refreshToken())),
                "UNAUTHENTICATED");
        assertThat(kit.logIn.logIn(new LogIn.Command("asha@example.in", "reset by an operator"))).isNotNull();
        assertRefused(() -> kit.resetPassword.reset(new ResetPassword.Command("nobody@example.in", "whatever123")),
                "USER_NOT_FOUND");
    }

    @Test
    void theBootstrapAdminIsCreatedOnceAndThenLeftAlone() {
        var command = new EnsureBootstrapAdmin.Command("Root@Example.in", "initial password", null);

        var first = kit.ensureBootstrapAdmin.ensure(command);
        var again = kit.ensureBootstrapAdmin.ensure(
                new EnsureBootstrapAdmin.Command("root@example.in", "another password", "Other"));

        assertThat(first).isInstanceOfSatisfying(EnsureBootstrapAdmin.Created.class, created -> {
            assertThat(created.admin().role()).isEqualTo(Role.SUPERADMIN);
            assertThat(created.admin().name()).isEqualTo(EnsureBootstrapAdmin.DEFAULT_NAME);
        });
        assertThat(again).isInstanceOf(EnsureBootstrapAdmin.AlreadyPresent.class);
        assertThat(kit.logIn.logIn(new LogIn.Command("root@example.in", "initial password"))).isNotNull();
        assertThat(kit.newUsers).extracting(NewUserHook.NewUser::origin).containsExactly(NewUserHook.Origin.BOOTSTRAP);
    }

    @Test
    void withoutSettingsThereIsNoBootstrapAdminAndHalfASettingIsAnError() {
        assertThat(kit.ensureBootstrapAdmin.ensure(new EnsureBootstrapAdmin.Command(null, null, null)))
                .isInstanceOf(EnsureBootstrapAdmin.NotConfigured.class);
        assertThatThrownBy(() -> new EnsureBootstrapAdmin.Command("root@example.in", null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting("field").containsExactly("ADMIN_PASSWORD"));
        assertThat(new EnsureBootstrapAdmin.Command("root@example.in", "initial password", null).toString())
                .doesNotContain("initial password");
    }
}

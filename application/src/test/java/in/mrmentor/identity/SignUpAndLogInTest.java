package in.mrmentor.identity;

import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.identity.port.memory.InMemoryLoginLogs;
import in.mrmentor.identity.port.memory.InMemoryRefreshTokens;
import in.mrmentor.identity.port.memory.InMemoryUsers;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignUpAndLogInTest {
    private static final String PASSWORD = "correct horse battery";
    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00Z"));
    private final IdentityKit kit = IdentityKit.inMemory(clock);

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void signingUpCreatesAStudentAndSignsThemIn() {
        var session = kit.signUp("Asha@Example.in", PASSWORD);

        assertThat(session.user().email()).isEqualTo("asha@example.in");
        assertThat(session.user().role()).isEqualTo(Role.USER);
        assertThat(session.accessToken()).isNotBlank();
        assertThat(session.refreshToken()).isNotBlank();
        assertThat(kit.authenticate.authenticate(session.accessToken()))
                .isEqualTo(new Principal(session.user().id(), Role.USER));
        assertThat(kit.newUsers).containsExactly(
                new NewUserHook.NewUser(session.user().id(), Role.USER, NewUserHook.Origin.SIGNUP));
        assertThat(kit.stores.logs().newestFor("asha@example.in", 5)).extracting(LoginLog::event)
                .containsExactly(LoginEvent.SIGNUP);
    }

    @Test
    void anAddressIsTakenWhateverItsLetterCase() {
        kit.signUp("asha@example.in", PASSWORD);

        assertRefused(() -> kit.signUp("ASHA@example.IN", PASSWORD), "EMAIL_TAKEN");
    }

    @Test
    void anInvalidSignUpNamesEveryBadField() {
        assertThatThrownBy(() -> new SignUp.Command("not-an-email", "short", " ", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.fieldErrors()).extracting("field").containsExactly("email", "password", "name");
                });
    }

    @Test
    void aFailingNewUserHookLeavesNoUserBehind() {
        var tx = new InMemoryTransactions();
        var users = tx.enlist(new InMemoryUsers());
        var logs = tx.enlist(new InMemoryLoginLogs());
        var refresh = tx.enlist(new InMemoryRefreshTokens());
        var sessions = new SessionIssuer(new FakeAccessTokens(clock), refresh,
                new SequentialSecrets(), Ids.random(), clock,
                Duration.ofDays(7));
        var signUp = new SignUp(users, kit.hasher, sessions, user -> {
            throw new IllegalStateException("wallets unavailable");
        }, new LoginLogWriter(logs, Ids.random(), clock), tx, clock, Ids.random());

        assertThatThrownBy(() -> signUp.signUp(new SignUp.Command("asha@example.in", PASSWORD, "Asha", null)))
                .hasMessage("wallets unavailable");

        assertThat(users.findByEmail(Email.of("asha@example.in"))).isEmpty();
        assertThat(logs.newestFor("asha@example.in", 5)).isEmpty();
    }

    @Test
    void theRightPasswordSignsIn() {
        var signedUp = kit.signUp("asha@example.in", PASSWORD);

        var session = kit.logIn.logIn(new LogIn.Command("ASHA@example.in", PASSWORD));

        assertThat(session.user().id()).isEqualTo(signedUp.user().id());
        assertThat(session.refreshToken()).isNotEqualTo(signedUp.refreshToken());
    }

    @Test
    void aWrongPasswordAnUnknownAddressAndAnInactiveAccountGetTheSameAnswer() {
        kit.signUp("asha@example.in", PASSWORD);
        var inactive = kit.createUser.create(Role.SUPERADMIN,
                new CreateUser.Command("gone@example.in", PASSWORD, "Gone", Role.USER, null));
        var user = kit.stores.users().findById(inactive.id()).orElseThrow();
        kit.stores.users().replace(new User(user.id(), user.email(), user.name(), null, user.role(),
                user.passwordHash(), user.passwordChangedAt(), user.createdAt(), false, user.credentialVersion()));

        var wrong = catchDomain(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", "wrong password")));
        var unknown = catchDomain(() -> kit.logIn.logIn(new LogIn.Command("nobody@example.in", PASSWORD)));
        var disabled = catchDomain(() -> kit.logIn.logIn(new LogIn.Command("gone@example.in", PASSWORD)));

        for (var e : new DomainException[] {wrong, unknown, disabled}) {
            assertThat(e.code()).isEqualTo("INVALID_CREDENTIALS");
            assertThat(e.detail()).isEqualTo(wrong.detail());
        }
        assertThat(kit.stores.logs().newestFor("nobody@example.in", 5)).singleElement().satisfies(log -> {
            assertThat(log.event()).isEqualTo(LoginEvent.LOGIN_FAILED);
            assertThat(log.userId()).isNull();
        });
    }

    @Test
    void theSixthAttemptWithinTheWindowIsRefusedEvenWithTheRightPassword() {
        kit.signUp("asha@example.in", PASSWORD);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            assertRefused(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", "wrong password")),
                    "INVALID_CREDENTIALS");
        }

        assertThatThrownBy(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD)))
                .isInstanceOfSatisfying(TooManyAttemptsException.class, e -> {
                    assertThat(e.code()).isEqualTo("TOO_MANY_ATTEMPTS");
                    assertThat(e.retryAfterSeconds()).isEqualTo(900 - 40);
                });
        assertThat(kit.stores.logs().newestFor("asha@example.in", 1)).extracting(LoginLog::event)
                .containsExactly(LoginEvent.LOGIN_THROTTLED);
    }

    @Test
    void theLockLiftsWhenTheFailuresAgeOut() {
        kit.signUp("asha@example.in", PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertRefused(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", "wrong password")),
                    "INVALID_CREDENTIALS");
        }
        clock.advance(Duration.ofSeconds(900));

        assertThat(kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD)).user().email())
                .isEqualTo("asha@example.in");
    }

    @Test
    void unknownAddressesAreThrottledLikeKnownOnes() {
        for (int i = 0; i < 5; i++) {
            assertRefused(() -> kit.logIn.logIn(new LogIn.Command("nobody@example.in", "whatever1")),
                    "INVALID_CREDENTIALS");
        }

        assertRefused(() -> kit.logIn.logIn(new LogIn.Command("nobody@example.in", "whatever1")), "TOO_MANY_ATTEMPTS");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        kit.signUp("asha@example.in", PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertRefused(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", "wrong password")),
                    "INVALID_CREDENTIALS");
        }
        kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD));
        for (int i = 0; i < 4; i++) {
            assertRefused(() -> kit.logIn.logIn(new LogIn.Command("asha@example.in", "wrong password")),
                    "INVALID_CREDENTIALS");
        }

        assertThat(kit.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD))).isNotNull();
    }

    @Test
    void commandsNeverPrintPasswords() {
        assertThat(new LogIn.Command("a@x.in", "hunter2hunter2").toString()).doesNotContain("hunter2");
        assertThat(new SignUp.Command("a@x.in", "hunter2hunter2", "A", null).toString()).doesNotContain("hunter2");
        assertThat(kit.signUp("asha@example.in", PASSWORD).toString()).doesNotContain("access.");
    }

    static DomainException catchDomain(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}

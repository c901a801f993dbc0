package in.mrmentor.identity;

import in.mrmentor.identity.port.GoogleIdentity;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.identity.JdbiLoginAttempts;
import in.mrmentor.persistence.identity.JdbiLoginLogs;
import in.mrmentor.persistence.identity.JdbiOneTimeCodes;
import in.mrmentor.persistence.identity.JdbiRefreshTokens;
import in.mrmentor.persistence.identity.JdbiUsers;
import in.mrmentor.persistence.mail.JdbiOutboxStore;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.testing.MovableClock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guarantees that must hold across processes, against the real database: two kits over one
 * database are two servers behind a load balancer.
 */
class IdentityOnPostgresTest {
    private static final String PASSWORD = "correct horse battery";

    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-23T10:00:00Z"));
    private final FakeAccessTokens accessTokens = new FakeAccessTokens(clock);
    private Database database;
    private IdentityKit serverA;
    private IdentityKit serverB;
    private ExecutorService threads;

    @BeforeEach
    void twoServersOnOneDatabase() {
        database = TestPostgres.get().freshDatabase();
        serverA = server(database.jdbi());
        serverB = server(database.jdbi());
        threads = Executors.newFixedThreadPool(8);
    }

    private IdentityKit server(Jdbi jdbi) {
        return IdentityKit.over(new JdbiUsers(jdbi), new JdbiRefreshTokens(jdbi), new JdbiLoginAttempts(jdbi),
                new JdbiOneTimeCodes(jdbi), new JdbiLoginLogs(jdbi), new JdbiOutboxStore(jdbi, clock, Ids.random()),
                new JdbiTransactions(jdbi), clock, accessTokens);
    }

    @AfterEach
    void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        database.close();
    }

    /** Starts every task at the same moment and returns what each produced or threw. */
    private <T> List<Object> race(List<Callable<T>> tasks) throws Exception {
        var gate = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (var task : tasks) {
            futures.add(threads.submit(() -> {
                gate.await();
                try {
                    return task.call();
                } catch (DomainException e) {
                    return e;
                }
            }));
        }
        gate.countDown();
        List<Object> results = new ArrayList<>();
        for (var future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    private static long codes(List<Object> results, String code) {
        return results.stream().filter(r -> r instanceof DomainException e && e.code().equals(code)).count();
    }

    @Test
    void twoServersRefreshingTheSameTokenAtOnceProduceExactlyOneSession() throws Exception {
        for (int round = 0; round < 10; round++) {
            var session = serverA.signUp("user" + round + "@example.in", PASSWORD);
            var command = new RefreshSession.Command(session.refreshToken());

            var results = race(List.<Callable<Session>>of(
                    () -> serverA.refreshSession.refresh(command),
                    () -> serverB.refreshSession.refresh(command)));

            assertThat(results).filteredOn(Session.class::isInstance).hasSize(1);
            // The loser presented a token that had just been used: that is reuse, and the family ends.
            assertThat(codes(results, "REFRESH_TOKEN_REUSED")).isEqualTo(1);
            var winner = (Session) results.stream().filter(Session.class::isInstance).findFirst().orElseThrow();
            assertThatThrownBy(() -> serverA.refreshSession.refresh(new RefreshSession.Command(winner.refreshToken())))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightPasswordWhicheverServerItReaches() {
        serverA.signUp("asha@example.in", PASSWORD);
        for (int i = 0; i < 5; i++) {
            var server = i % 2 == 0 ? serverA : serverB;
            clock.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> server.logIn.logIn(new LogIn.Command("asha@example.in", "wrong password")))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("INVALID_CREDENTIALS"));
        }

        assertThatThrownBy(() -> serverB.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD)))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(900 - 4));
        assertThatThrownBy(() -> serverA.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD)))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void concurrentGuessesGetNoMoreTriesThanTheMaximum() throws Exception {
        serverA.signUp("asha@example.in", PASSWORD);
        List<Callable<Session>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var server = i % 2 == 0 ? serverA : serverB;
            guesses.add(() -> server.logIn.logIn(new LogIn.Command("asha@example.in", "wrong password")));
        }

        var results = race(guesses);

        assertThat(codes(results, "INVALID_CREDENTIALS")).isEqualTo(5);
        assertThat(codes(results, "TOO_MANY_ATTEMPTS")).isEqualTo(7);
    }

    @Test
    void signingUpTheSameAddressTwiceAtOnceCreatesOneAccount() throws Exception {
        var results = race(List.<Callable<Session>>of(
                () -> serverA.signUp("asha@example.in", PASSWORD),
                () -> serverB.signUp("ASHA@example.in", PASSWORD)));

        assertThat(results).filteredOn(Session.class::isInstance).hasSize(1);
        assertThat(codes(results, "EMAIL_TAKEN")).isEqualTo(1);
    }

    @Test
    void theWholeSignInJourneyWorksOnPostgres() {
        var signedUp = serverA.signUp("asha@example.in", PASSWORD);
        var loggedIn = serverB.logIn.logIn(new LogIn.Command("asha@example.in", PASSWORD));
        var refreshed = serverA.refreshSession.refresh(new RefreshSession.Command(loggedIn.refreshToken()));
        clock.advance(Duration.ofSeconds(2));
        serverB.changePassword.change(signedUp.user().id(), new ChangePassword.Command(PASSWORD, "a brand new secret"));

        assertThatThrownBy(() -> serverA.authenticate.authenticate(refreshed.accessToken()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("UNAUTHENTICATED"));
        assertThat(serverA.stores.logs().newestFor("asha@example.in", 10)).extracting(LoginLog::event)
                .containsExactly(LoginEvent.LOGIN, LoginEvent.SIGNUP);
        serverA.requestOtp.request(new RequestOtp.Command("asha@example.in"));
        assertThat(serverB.stores.outbox().newest(1)).singleElement()
                .satisfies(mail -> assertThat(mail.email().to()).isEqualTo("asha@example.in"));
    }

    @Test
    void twoSuperadminsDeactivatingEachOtherAtOnceLeaveOneActive() throws Exception {
        for (int round = 0; round < 5; round++) {
            var first = serverA.createUser.create(Role.SUPERADMIN, new CreateUser.Command(
                    "root-a-" + round + "@example.in", PASSWORD, "Root A", Role.SUPERADMIN, null));
            var second = serverB.createUser.create(Role.SUPERADMIN, new CreateUser.Command(
                    "root-b-" + round + "@example.in", PASSWORD, "Root B", Role.SUPERADMIN, null));
            var deactivate = new ChangeUserAccess.Command(false, null, null);
            var demote = new ChangeUserAccess.Command(null, Role.USER, null);
            var removeFirst = round % 2 == 0 ? deactivate : demote;

            var results = race(List.<Callable<Object>>of(
                    () -> serverA.changeUserAccess.change(Role.SUPERADMIN, second.id(), deactivate),
                    () -> serverB.changeUserAccess.change(Role.SUPERADMIN, first.id(), removeFirst)));

            assertThat(results).filteredOn(DomainException.class::isInstance)
                    .extracting(e -> ((DomainException) e).code()).containsExactly("LAST_SUPERADMIN");
            long active = serverA.listUsers.list(new ListUsers.Query(Role.SUPERADMIN, 200, null)).items().stream()
                    .filter(UserView::active).count();
            assertThat(active).as("round %d", round).isEqualTo(1);
            // Back to none active for the next round: the survivor is switched off directly in the table.
            database.jdbi().useHandle(h -> h.execute("UPDATE users SET is_active = false WHERE role = 'SUPERADMIN'"));
        }
    }

    @Test
    void twoFirstGoogleSignInsWithOneAddressAtOnceMakeOneAccountAndBothSignIn() throws Exception {
        GoogleIdentity google = new GoogleIdentity() {
            @Override
            public boolean isConfigured() {
                return true;
            }

            @Override
            public java.util.Optional<String> redirectUri() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<GoogleAccount> verify(String idToken) {
                return java.util.Optional.of(new GoogleAccount("sub-" + idToken, idToken, true, "Asha Rao"));
            }

            @Override
            public java.util.Optional<String> exchange(String code, String redirectUri, String codeVerifier) {
                return java.util.Optional.empty();
            }
        };
        var onA = serverA.googleSignIn(google);
        var onB = serverB.googleSignIn(google);
        for (int round = 0; round < 5; round++) {
            String email = "google-" + round + "@example.in";
            var command = new SignInWithGoogle.Command(email, null, null, null);

            var results = race(List.<Callable<Object>>of(() -> onA.signIn(command), () -> onB.signIn(command)));

            assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(SignInWithGoogle.Result.class));
            assertThat(results).extracting(result -> ((SignInWithGoogle.Result) result).session().user().id())
                    .as("round %d", round).containsOnly(((SignInWithGoogle.Result) results.get(0)).session().user().id());
            assertThat(results).extracting(result -> ((SignInWithGoogle.Result) result).created())
                    .containsExactlyInAnyOrder(true, false);
        }
    }
}

package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.LoginLogs;
import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.identity.port.memory.InMemoryLoginAttempts;
import in.mrmentor.identity.port.memory.InMemoryLoginLogs;
import in.mrmentor.identity.port.memory.InMemoryOneTimeCodes;
import in.mrmentor.identity.port.memory.InMemoryRefreshTokens;
import in.mrmentor.identity.port.memory.InMemoryUsers;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.QueuedMailer;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.mail.port.memory.InMemoryOutboxStore;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.testing.MovableClock;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every identity use case wired by hand, as bootstrap will, over the in-memory adapters or over the
 * stores another module's test passes in (one PostgreSQL database: two kits over it behave like two
 * server processes).
 */
public final class IdentityKit {
    public static final String MASTER_PASSWORD = "master-password-for-tests";
    public static final String MASTER_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    public record Stores(Users users, RefreshTokens refreshTokens, LoginAttempts attempts, OneTimeCodes codes,
                  LoginLogs logs, Mailer mailer, Outbox outbox, Transactions transactions) {
    }

    public final MovableClock clock;
    public final Stores stores;
    public final PasswordHasher hasher = new FakePasswordHasher();
    public final List<NewUserHook.NewUser> newUsers = new CopyOnWriteArrayList<>();
    public final FakeAccessTokens accessTokens;

    public final SignUp signUp;
    public final LogIn logIn;
    public final RefreshSession refreshSession;
    public final LogOut logOut;
    public final ChangePassword changePassword;
    public final AuthenticateAccessToken authenticate;
    public final ShowCurrentUser showCurrentUser;
    public final RequestOtp requestOtp;
    public final VerifyOtp verifyOtp;
    public final MasterLogin masterLogin;
    public final CreateUser createUser;
    public final ListUsers listUsers;
    public final ResetPassword resetPassword;
    public final EnsureBootstrapAdmin ensureBootstrapAdmin;
    public final PurgeStaleSessions purgeStaleSessions;
    public final RequestPasswordReset requestPasswordReset;
    public final ResetForgottenPassword resetForgottenPassword;
    public final ChangeUserAccess changeUserAccess;
    private final SessionIssuer sessions;
    private final LoginLogWriter log;
    private final Ids ids;
    public final ShowUser showUser;
    public final UnlockLogin unlockLogin;

    private IdentityKit(MovableClock clock, Stores stores, FakeAccessTokens accessTokens,
                        Optional<MasterCredentials> master) {
        this.clock = clock;
        this.stores = stores;
        this.accessTokens = accessTokens;
        Ids ids = Ids.random();
        var throttle = LoginThrottle.defaults();
        NewUserHook hook = newUsers::add;
        var sessions = new SessionIssuer(accessTokens, stores.refreshTokens(), new SequentialSecrets(), ids, clock,
                SessionIssuer.DEFAULT_REFRESH_TOKEN_TTL);
        var tx = stores.transactions();
        var log = new LoginLogWriter(stores.logs(), ids, clock);
        signUp = new SignUp(stores.users(), hasher, sessions, hook, log, tx, clock, ids);
        logIn = new LogIn(stores.users(), stores.attempts(), hasher, sessions, log, tx, clock, throttle);
        refreshSession = new RefreshSession(stores.refreshTokens(), stores.users(), sessions, tx, clock);
        logOut = new LogOut(stores.refreshTokens(), stores.users(), log, tx, clock);
        changePassword = new ChangePassword(stores.users(), stores.refreshTokens(), hasher, tx, clock);
        authenticate = new AuthenticateAccessToken(accessTokens, stores.users());
        showCurrentUser = new ShowCurrentUser(stores.users());
        // One source for every mailed code, so two kinds of code never happen to be equal.
        var codeSecrets = new SequentialSecrets();
        requestOtp = new RequestOtp(stores.users(), stores.codes(), hasher, codeSecrets, stores.mailer(),
                tx, clock, ids);
        verifyOtp = new VerifyOtp(stores.codes(), hasher, tx, clock);
        masterLogin = new MasterLogin(master, new TotpCheck(new JavaxHmacSha1()), stores.users(), stores.attempts(),
                sessions, log, tx, clock, throttle);
        createUser = new CreateUser(stores.users(), hasher, hook, tx, clock, ids);
        listUsers = new ListUsers(stores.users());
        resetPassword = new ResetPassword(stores.users(), stores.refreshTokens(), hasher, tx, clock);
        ensureBootstrapAdmin = new EnsureBootstrapAdmin(stores.users(), hasher, hook, tx, clock, ids);
        purgeStaleSessions = new PurgeStaleSessions(stores.refreshTokens(), stores.attempts(), stores.codes(), tx, clock,
                throttle, PurgeStaleSessions.Retention.defaults());
        requestPasswordReset = new RequestPasswordReset(stores.users(), stores.codes(), stores.attempts(), hasher,
                codeSecrets, stores.mailer(), tx, clock, ids, FORGOT_PASSWORD_LIMIT);
        resetForgottenPassword = new ResetForgottenPassword(stores.users(), stores.refreshTokens(), stores.codes(),
                stores.attempts(), hasher, log, tx, clock, RESET_PASSWORD_THROTTLE);
        changeUserAccess = new ChangeUserAccess(stores.users(), stores.refreshTokens(), tx, clock);
        showUser = new ShowUser(stores.users());
        unlockLogin = new UnlockLogin(stores.attempts(), tx);
        this.sessions = sessions;
        this.log = log;
        this.ids = ids;
    }

    /** The API.md defaults: 3 reset mails and 5 wrong reset codes per address in 15 minutes. */
    public static final LoginThrottle FORGOT_PASSWORD_LIMIT = new LoginThrottle(3, Duration.ofSeconds(900));
    public static final LoginThrottle RESET_PASSWORD_THROTTLE = new LoginThrottle(5, Duration.ofSeconds(900));

    /** Google sign-in over this kit's stores, with {@code google} standing in for the provider. */
    public SignInWithGoogle googleSignIn(in.mrmentor.identity.port.GoogleIdentity google) {
        return new SignInWithGoogle(google, stores.users(), hasher, new SequentialSecrets(), sessions, newUsers::add, log,
                stores.transactions(), clock, ids);
    }

    public static IdentityKit inMemory(MovableClock clock) {
        return inMemory(clock, Optional.empty());
    }

    public static IdentityKit inMemory(MovableClock clock, Optional<MasterCredentials> master) {
        var tx = new InMemoryTransactions();
        var outbox = tx.enlist(new InMemoryOutboxStore(clock, Ids.random()));
        var stores = new Stores(tx.enlist(new InMemoryUsers()), tx.enlist(new InMemoryRefreshTokens()),
                tx.enlist(new InMemoryLoginAttempts()), tx.enlist(new InMemoryOneTimeCodes()),
                tx.enlist(new InMemoryLoginLogs()), outboxOnly(outbox, tx), outbox, tx);
        return new IdentityKit(clock, stores, new FakeAccessTokens(clock), master);
    }

    /**
     * A kit over {@code stores} whose mailer only fills {@code outbox}; kits sharing one clock and one
     * token issuer act as processes of one deployment.
     */
    public static IdentityKit over(Users users, RefreshTokens refreshTokens, LoginAttempts attempts, OneTimeCodes codes,
                                   LoginLogs logs, OutboxStore outbox, Transactions tx, MovableClock clock,
                                   FakeAccessTokens accessTokens) {
        var stores = new Stores(users, refreshTokens, attempts, codes, logs, outboxOnly(outbox, tx), outbox, tx);
        return new IdentityKit(clock, stores, accessTokens, Optional.empty());
    }

    /** Mail is stored in the outbox; delivery jobs are another context's business and not run here. */
    private static Mailer outboxOnly(OutboxStore outbox, Transactions tx) {
        return new QueuedMailer(outbox, outboxId -> { }, tx);
    }

    public static Optional<MasterCredentials> masterCredentials() {
        return MasterCredentials.of(MASTER_PASSWORD, MASTER_TOTP_SECRET);
    }

    public Session signUp(String email, String password) {
        return signUp.signUp(new SignUp.Command(email, password, "Asha Rao", null));
    }

    public Duration refreshTtl() {
        return SessionIssuer.DEFAULT_REFRESH_TOKEN_TTL;
    }
}

package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.LoginLogs;
import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.QueuedMailer;
import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.crypto.BcryptPasswordHasher;
import in.mrmentor.persistence.crypto.JdkHmacSha1;
import in.mrmentor.persistence.crypto.SecureRandomSecrets;
import in.mrmentor.persistence.identity.JdbiLoginAttempts;
import in.mrmentor.persistence.identity.JdbiLoginLogs;
import in.mrmentor.persistence.identity.JdbiOneTimeCodes;
import in.mrmentor.persistence.identity.JdbiRefreshTokens;
import in.mrmentor.persistence.identity.JdbiUsers;
import in.mrmentor.persistence.mail.JdbiOutboxStore;
import in.mrmentor.persistence.memory.InMemoryLoginAttempts;
import in.mrmentor.persistence.memory.InMemoryLoginLogs;
import in.mrmentor.persistence.memory.InMemoryOneTimeCodes;
import in.mrmentor.persistence.memory.InMemoryOutboxStore;
import in.mrmentor.persistence.memory.InMemoryRefreshTokens;
import in.mrmentor.persistence.memory.InMemoryTransactions;
import in.mrmentor.persistence.memory.InMemoryUsers;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every identity use case wired by hand, as bootstrap will, over the in-memory adapters or over one
 * PostgreSQL database. Two kits over the same database behave like two server processes.
 */
final class IdentityKit {
    static final String MASTER_PASSWORD = "master-password-for-tests";
    static final String MASTER_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    record Stores(Users users, RefreshTokens refreshTokens, LoginAttempts attempts, OneTimeCodes codes,
                  LoginLogs logs, Mailer mailer, Outbox outbox, Transactions transactions) {
    }

    final MutableClock clock;
    final Stores stores;
    final PasswordHasher hasher = new BcryptPasswordHasher(4);
    final List<NewUserHook.NewUser> newUsers = new CopyOnWriteArrayList<>();
    final FakeAccessTokens accessTokens;

    final SignUp signUp;
    final LogIn logIn;
    final RefreshSession refreshSession;
    final LogOut logOut;
    final ChangePassword changePassword;
    final AuthenticateAccessToken authenticate;
    final ShowCurrentUser showCurrentUser;
    final RequestOtp requestOtp;
    final VerifyOtp verifyOtp;
    final MasterLogin masterLogin;
    final CreateUser createUser;
    final ListUsers listUsers;
    final ResetPassword resetPassword;
    final EnsureBootstrapAdmin ensureBootstrapAdmin;
    final PurgeStaleSessions purgeStaleSessions;

    private IdentityKit(MutableClock clock, Stores stores, FakeAccessTokens accessTokens,
                        Optional<MasterCredentials> master) {
        this.clock = clock;
        this.stores = stores;
        this.accessTokens = accessTokens;
        Ids ids = Ids.random();
        var throttle = LoginThrottle.defaults();
        NewUserHook hook = newUsers::add;
        var sessions = new SessionIssuer(accessTokens, stores.refreshTokens(), new SecureRandomSecrets(), ids, clock,
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
        requestOtp = new RequestOtp(stores.users(), stores.codes(), hasher, new SecureRandomSecrets(), stores.mailer(),
                tx, clock, ids);
        verifyOtp = new VerifyOtp(stores.codes(), hasher, tx, clock);
        masterLogin = new MasterLogin(master, new TotpCheck(new JdkHmacSha1()), stores.users(), stores.attempts(),
                sessions, log, tx, clock, throttle);
        createUser = new CreateUser(stores.users(), hasher, hook, tx, clock, ids);
        listUsers = new ListUsers(stores.users());
        resetPassword = new ResetPassword(stores.users(), stores.refreshTokens(), hasher, tx, clock);
        ensureBootstrapAdmin = new EnsureBootstrapAdmin(stores.users(), hasher, hook, tx, clock, ids);
        purgeStaleSessions = new PurgeStaleSessions(stores.refreshTokens(), stores.attempts(), stores.codes(), tx, clock,
                throttle, PurgeStaleSessions.Retention.defaults());
    }

    static IdentityKit inMemory(MutableClock clock) {
        return inMemory(clock, Optional.empty());
    }

    static IdentityKit inMemory(MutableClock clock, Optional<MasterCredentials> master) {
        var tx = new InMemoryTransactions();
        var outbox = tx.enlist(new InMemoryOutboxStore(clock, Ids.random()));
        var stores = new Stores(tx.enlist(new InMemoryUsers()), tx.enlist(new InMemoryRefreshTokens()),
                tx.enlist(new InMemoryLoginAttempts()), tx.enlist(new InMemoryOneTimeCodes()),
                tx.enlist(new InMemoryLoginLogs()), outboxOnly(outbox, tx), outbox, tx);
        return new IdentityKit(clock, stores, new FakeAccessTokens(clock), master);
    }

    /** A kit over {@code jdbi}; kits sharing one clock and one token issuer act as processes of one deployment. */
    static IdentityKit onPostgres(Jdbi jdbi, MutableClock clock, FakeAccessTokens accessTokens) {
        var outbox = new JdbiOutboxStore(jdbi, clock, Ids.random());
        var tx = new JdbiTransactions(jdbi);
        var stores = new Stores(new JdbiUsers(jdbi), new JdbiRefreshTokens(jdbi), new JdbiLoginAttempts(jdbi),
                new JdbiOneTimeCodes(jdbi), new JdbiLoginLogs(jdbi), outboxOnly(outbox, tx), outbox, tx);
        return new IdentityKit(clock, stores, accessTokens, Optional.empty());
    }

    /** Mail is stored in the outbox; delivery jobs are another context's business and not run here. */
    private static Mailer outboxOnly(OutboxStore outbox, Transactions tx) {
        return new QueuedMailer(outbox, outboxId -> { }, tx);
    }

    static Optional<MasterCredentials> masterCredentials() {
        return MasterCredentials.of(MASTER_PASSWORD, MASTER_TOTP_SECRET);
    }

    Session signUp(String email, String password) {
        return signUp.signUp(new SignUp.Command(email, password, "Asha Rao", null));
    }

    Duration refreshTtl() {
        return SessionIssuer.DEFAULT_REFRESH_TOKEN_TTL;
    }
}

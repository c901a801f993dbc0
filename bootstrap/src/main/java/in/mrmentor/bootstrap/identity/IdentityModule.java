package in.mrmentor.bootstrap.identity;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.http.ClientAddresses;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.auth.Authenticator;
import in.mrmentor.http.identity.GoogleSignInRoutes;
import in.mrmentor.http.identity.IdentityRoutes;
import in.mrmentor.http.identity.PasswordRecoveryRoutes;
import in.mrmentor.http.identity.UserAccessRoutes;
import in.mrmentor.identity.ChangeUserAccess;
import in.mrmentor.identity.RequestPasswordReset;
import in.mrmentor.identity.ResetForgottenPassword;
import in.mrmentor.identity.SignInWithGoogle;
import in.mrmentor.identity.port.GoogleIdentity;
import in.mrmentor.external.google.GoogleOpenIdConnect;
import in.mrmentor.identity.AdmitAuthRequest;
import in.mrmentor.identity.AuthenticateAccessToken;
import in.mrmentor.identity.BoundedPasswordHasher;
import in.mrmentor.identity.ChangePassword;
import in.mrmentor.identity.CountUsersByRole;
import in.mrmentor.identity.CreateUser;
import in.mrmentor.identity.EnsureBootstrapAdmin;
import in.mrmentor.identity.ListUsers;
import in.mrmentor.identity.LogIn;
import in.mrmentor.identity.LogOut;
import in.mrmentor.identity.LoginLogWriter;
import in.mrmentor.identity.LoginThrottle;
import in.mrmentor.identity.MasterCredentials;
import in.mrmentor.identity.MasterLogin;
import in.mrmentor.identity.PurgeStaleSessions;
import in.mrmentor.identity.RefreshSession;
import in.mrmentor.identity.RequestOtp;
import in.mrmentor.identity.ResetPassword;
import in.mrmentor.identity.ShowUser;
import in.mrmentor.identity.UnlockLogin;
import in.mrmentor.identity.SessionIssuer;
import in.mrmentor.identity.ShowCurrentUser;
import in.mrmentor.identity.SignUp;
import in.mrmentor.identity.TotpCheck;
import in.mrmentor.identity.VerifyOtp;
import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.external.crypto.BcryptPasswordHasher;
import in.mrmentor.external.crypto.JdkHmacSha1;
import in.mrmentor.external.crypto.SecureRandomSecrets;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.persistence.identity.JdbiLoginAttempts;
import in.mrmentor.persistence.identity.JdbiLoginLogs;
import in.mrmentor.persistence.identity.JdbiOneTimeCodes;
import in.mrmentor.persistence.identity.JdbiRefreshTokens;
import in.mrmentor.persistence.identity.JdbiRequestCounters;
import in.mrmentor.persistence.identity.JdbiUsers;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.RateLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The identity use cases over PostgreSQL, configured from {@link IdentitySettings}. */
public final class IdentityModule implements ContextModule {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityModule.class);
    // How long a request waits for a free hashing permit before hearing 503: a burst queues, a flood does not.
    private static final Duration HASH_PATIENCE = Duration.ofMillis(250);

    public final SignUp signUp;
    public final LogIn logIn;
    public final RefreshSession refreshSession;
    public final LogOut logOut;
    public final ShowCurrentUser showCurrentUser;
    public final ChangePassword changePassword;
    public final AuthenticateAccessToken authenticate;
    public final RequestOtp requestOtp;
    public final VerifyOtp verifyOtp;
    public final MasterLogin masterLogin;
    public final CreateUser createUser;
    public final ListUsers listUsers;
    public final ResetPassword resetPassword;
    public final EnsureBootstrapAdmin ensureBootstrapAdmin;
    public final PurgeStaleSessions purgeStaleSessions;
    public final CountUsersByRole countUsersByRole;
    public final AdmitAuthRequest admitAuthRequest;
    public final SignInWithGoogle signInWithGoogle;
    public final RequestPasswordReset requestPasswordReset;
    public final ResetForgottenPassword resetForgottenPassword;
    /** Shared by {@code PATCH /api/admin/users/{id}} and the CLI's {@code mas users deactivate|activate|set-role}. */
    public final ChangeUserAccess changeUserAccess;
    public final ShowUser showUser;
    public final UnlockLogin unlockLogin;
    private final IdentitySettings settings;
    private final JdbiRequestCounters requestCounters;
    private final RateLimit authRequestLimit;
    private final Clock clock;

    /** @param newUserHook what other contexts do for every new user (the token economy opens wallets) */
    public IdentityModule(Platform platform, NewUserHook newUserHook) {
        this.settings = platform.settings().identity();
        this.authRequestLimit = RateLimit.perMinute(settings.authIpMaxPerMinute());
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var ids = platform.ids();
        var accessTokens = platform.accessTokens();
        var mailer = platform.mailer();
        var users = new JdbiUsers(jdbi);
        var refreshTokens = new JdbiRefreshTokens(jdbi);
        var attempts = new JdbiLoginAttempts(jdbi);
        var logs = new LoginLogWriter(new JdbiLoginLogs(jdbi), ids, clock);
        var codes = new JdbiOneTimeCodes(jdbi);
        var hasher = new BoundedPasswordHasher(new BcryptPasswordHasher(), BoundedPasswordHasher.defaultConcurrency(),
                HASH_PATIENCE);
        requestCounters = new JdbiRequestCounters(jdbi);
        var secrets = new SecureRandomSecrets();
        var throttle = new LoginThrottle(settings.loginMaxAttempts(), settings.loginWindow());
        var sessions = new SessionIssuer(accessTokens, refreshTokens, secrets, ids, clock, settings.refreshTokenLifetime());
        Optional<MasterCredentials> master = settings.masterPassword().isPresent() && settings.masterTotpSecret().isPresent()
                ? MasterCredentials.of(settings.masterPassword().get().value(), settings.masterTotpSecret().get().value())
                : Optional.empty();

        signUp = new SignUp(users, hasher, sessions, newUserHook, logs, tx, clock, ids);
        logIn = new LogIn(users, attempts, hasher, sessions, logs, tx, clock, throttle);
        refreshSession = new RefreshSession(refreshTokens, users, sessions, tx, clock);
        logOut = new LogOut(refreshTokens, users, logs, tx, clock);
        showCurrentUser = new ShowCurrentUser(users);
        changePassword = new ChangePassword(users, refreshTokens, hasher, tx, clock);
        authenticate = new AuthenticateAccessToken(accessTokens, users);
        requestOtp = new RequestOtp(users, codes, hasher, secrets, mailer, tx, clock, ids);
        verifyOtp = new VerifyOtp(codes, hasher, tx, clock);
        masterLogin = new MasterLogin(master, new TotpCheck(new JdkHmacSha1()), users, attempts, sessions, logs, tx,
                clock, throttle);
        createUser = new CreateUser(users, hasher, newUserHook, tx, clock, ids);
        listUsers = new ListUsers(users);
        resetPassword = new ResetPassword(users, refreshTokens, hasher, tx, clock);
        ensureBootstrapAdmin = new EnsureBootstrapAdmin(users, hasher, newUserHook, tx, clock, ids);
        purgeStaleSessions = new PurgeStaleSessions(refreshTokens, attempts, codes, tx, clock, throttle,
                PurgeStaleSessions.Retention.defaults());
        countUsersByRole = new CountUsersByRole(users);
        admitAuthRequest = new AdmitAuthRequest(requestCounters, authRequestLimit, clock);
        GoogleIdentity google = settings.google().<GoogleIdentity>map(GoogleOpenIdConnect::new)
                .orElse(GoogleIdentity.NOT_CONFIGURED);
        signInWithGoogle = new SignInWithGoogle(google, users, hasher, secrets, sessions, newUserHook, logs, tx, clock, ids);
        requestPasswordReset = new RequestPasswordReset(users, codes, attempts, hasher, secrets, mailer, tx, clock, ids,
                settings.forgotPasswordLimit());
        resetForgottenPassword = new ResetForgottenPassword(users, refreshTokens, codes, attempts, hasher, logs, tx, clock,
                settings.resetPasswordThrottle());
        changeUserAccess = new ChangeUserAccess(users, refreshTokens, tx, clock);
        showUser = new ShowUser(users);
        unlockLogin = new UnlockLogin(attempts, tx);
        this.clock = clock;
    }

    @Override
    public List<RouteGroup> routes() {
        var clientAddresses = new ClientAddresses(settings.trustedProxies());
        return List.of(new IdentityRoutes(new IdentityRoutes.UseCases(signUp, logIn, refreshSession, logOut,
                        showCurrentUser, changePassword, requestOtp, verifyOtp, masterLogin, createUser, listUsers,
                        admitAuthRequest), clientAddresses),
                new GoogleSignInRoutes(signInWithGoogle, admitAuthRequest, clientAddresses),
                new PasswordRecoveryRoutes(requestPasswordReset, resetForgottenPassword, admitAuthRequest, clientAddresses),
                new UserAccessRoutes(changeUserAccess));
    }

    @Override
    public List<Housekeeping> housekeeping() {
        return List.of(Housekeeping.of("identity", () -> purgeStaleSessions.purge().byKind()),
                Housekeeping.of("auth-request-counters", () -> Map.of("requestCounters",
                        requestCounters.purgeBefore(authRequestLimit.windowStart(clock.instant())))));
    }

    /** Seed behaviour: ADMIN_EMAIL / ADMIN_PASSWORD create a SUPERADMIN at first start; later starts leave it alone. */
    @Override
    public void seed() {
        var outcome = ensureBootstrapAdmin.ensure(new EnsureBootstrapAdmin.Command(
                settings.adminEmail().orElse(null), settings.adminPassword().map(Secret::value).orElse(null), null));
        if (outcome instanceof EnsureBootstrapAdmin.Created created) {
            LOG.info("Created the bootstrap SUPERADMIN (ADMIN_EMAIL) with id {}", created.admin().id());
        } else if (!(outcome instanceof EnsureBootstrapAdmin.AlreadyPresent
                || outcome instanceof EnsureBootstrapAdmin.NotConfigured)) {
            throw new IllegalStateException("no handling for bootstrap admin outcome " + outcome);
        }
    }

    /** Access tokens must verify and belong to a live user still at the credential version they were issued under. */
    public Authenticator authenticator() {
        return token -> {
            try {
                return Optional.of(authenticate.authenticate(token));
            } catch (DomainException refused) {
                return Optional.empty();
            }
        };
    }
}

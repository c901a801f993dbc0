package in.mrmentor.bootstrap;

import in.mrmentor.identity.AuthenticateAccessToken;
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
import in.mrmentor.identity.SessionIssuer;
import in.mrmentor.identity.ShowCurrentUser;
import in.mrmentor.identity.SignUp;
import in.mrmentor.identity.TotpCheck;
import in.mrmentor.identity.VerifyOtp;
import in.mrmentor.identity.port.AccessTokens;
import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.mail.Mailer;
import in.mrmentor.external.crypto.BcryptPasswordHasher;
import in.mrmentor.external.crypto.JdkHmacSha1;
import in.mrmentor.external.crypto.SecureRandomSecrets;
import in.mrmentor.persistence.identity.JdbiLoginAttempts;
import in.mrmentor.persistence.identity.JdbiLoginLogs;
import in.mrmentor.persistence.identity.JdbiOneTimeCodes;
import in.mrmentor.persistence.identity.JdbiRefreshTokens;
import in.mrmentor.persistence.identity.JdbiUsers;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Optional;

/** The identity use cases over PostgreSQL, configured from {@link Settings}. */
public final class IdentityWiring {
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

    IdentityWiring(Settings settings, Jdbi jdbi, Transactions tx, AccessTokens accessTokens, Mailer mailer,
                   NewUserHook newUserHook, Clock clock, Ids ids) {
        var users = new JdbiUsers(jdbi);
        var refreshTokens = new JdbiRefreshTokens(jdbi);
        var attempts = new JdbiLoginAttempts(jdbi);
        var logs = new LoginLogWriter(new JdbiLoginLogs(jdbi), ids, clock);
        var codes = new JdbiOneTimeCodes(jdbi);
        var hasher = new BcryptPasswordHasher();
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
    }
}
